"""The domain, in plain Python: no Qt, no boto3, no paramiko."""
