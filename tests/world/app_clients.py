"""boto3 clients made the way the app makes them (its session and client settings).

Unlike `AwsWorld.client`, their calls are recorded and checked against the IAM
policy: they stand for the app.  boto3 finds the world through the environment.
"""

from fastai_launcher.aws.clients import client_config, session_from_profile


def app_client(service, region):
    return session_from_profile(None, region).client(service, config=client_config())
