<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AutoStop</name>
        <message>
            <source>The idle CPU level must be between 0 and 100 %, not {percent}.</source>
            <translation>The idle CPU level must be between 0 and 100 %, not {percent}.</translation>
        </message>
        <message>
            <source>Choose a level such as 5 %.</source>
            <translation>Choose a level such as 5 %.</translation>
        </message>
        <message>
            <source>The idle time must be between 5 minutes and 24 hours, not {minutes} minutes.</source>
            <translation>The idle time must be between 5 minutes and 24 hours, not {minutes} minutes.</translation>
        </message>
        <message>
            <source>Choose a time such as 60 minutes.</source>
            <translation>Choose a time such as 60 minutes.</translation>
        </message>
    </context>
    <context>
        <name>AwsErrors</name>
        <message>
            <source>AWS has no free capacity for this GPU type in this availability zone right now.</source>
            <translation>AWS has no free capacity for this GPU type in this availability zone right now.</translation>
        </message>
        <message>
            <source>Try again in a few minutes, or choose another region or GPU type.</source>
            <translation>Try again in a few minutes, or choose another region or GPU type.</translation>
        </message>
        <message>
            <source>Your account's vCPU quota for this instance type in {region} is too low to start it.</source>
            <translation>Your account's vCPU quota for this instance type in {region} is too low to start it.</translation>
        </message>
        <message>
            <source>Request a quota increase in the GPU quota step, or stop your other running instances.</source>
            <translation>Request a quota increase in the GPU quota step, or stop your other running instances.</translation>
        </message>
        <message>
            <source>Your account may not run more instances of this type in {region}.</source>
            <translation>Your account may not run more instances of this type in {region}.</translation>
        </message>
        <message>
            <source>Stop an instance you no longer use, or request a quota increase in the GPU quota step.</source>
            <translation>Stop an instance you no longer use, or request a quota increase in the GPU quota step.</translation>
        </message>
        <message>
            <source>Your AWS user is not allowed to do this ({operation}).</source>
            <translation>Your AWS user is not allowed to do this ({operation}).</translation>
        </message>
        <message>
            <source>Ask the account's administrator to attach the fastai-launcher IAM policy to your user.</source>
            <translation>Ask the account's administrator to attach the fastai-launcher IAM policy to your user.</translation>
        </message>
        <message>
            <source>AWS did not accept these credentials.</source>
            <translation>AWS did not accept these credentials.</translation>
        </message>
        <message>
            <source>Check the access key ID and secret, or create a new access key in the IAM console.</source>
            <translation>Check the access key ID and secret, or create a new access key in the IAM console.</translation>
        </message>
        <message>
            <source>AWS does not know this access key ID.</source>
            <translation>AWS does not know this access key ID.</translation>
        </message>
        <message>
            <source>Check the access key ID for typos, or create a new access key in the IAM console.</source>
            <translation>Check the access key ID for typos, or create a new access key in the IAM console.</translation>
        </message>
        <message>
            <source>AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.</source>
            <translation>AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.</translation>
        </message>
        <message>
            <source>Check the secret access key. If it is right, let your computer set its clock automatically: AWS allows only a few minutes of difference.</source>
            <translation>Check the secret access key. If it is right, let your computer set its clock automatically: AWS allows only a few minutes of difference.</translation>
        </message>
        <message>
            <source>Your temporary AWS credentials have expired.</source>
            <translation>Your temporary AWS credentials have expired.</translation>
        </message>
        <message>
            <source>Sign in again (for an SSO profile: aws sso login), then try again.</source>
            <translation>Sign in again (for an SSO profile: aws sso login), then try again.</translation>
        </message>
        <message>
            <source>This AWS account cannot use EC2 in {region} yet: the sign-up is not finished or the region is not enabled.</source>
            <translation>This AWS account cannot use EC2 in {region} yet: the sign-up is not finished or the region is not enabled.</translation>
        </message>
        <message>
            <source>Finish the account sign-up (payment method and phone check) or enable the region in the AWS console; new accounts can take a few minutes.</source>
            <translation>Finish the account sign-up (payment method and phone check) or enable the region in the AWS console; new accounts can take a few minutes.</translation>
        </message>
        <message>
            <source>A key pair with this name already exists in {region}.</source>
            <translation>A key pair with this name already exists in {region}.</translation>
        </message>
        <message>
            <source>Try again: the app then picks a new name and leaves the old key alone.</source>
            <translation>Try again: the app then picks a new name and leaves the old key alone.</translation>
        </message>
        <message>
            <source>The Deep Learning AMI was not found in {region}; it may have been retired.</source>
            <translation>The Deep Learning AMI was not found in {region}; it may have been retired.</translation>
        </message>
        <message>
            <source>Try again: the app looks up the newest AMI again.</source>
            <translation>Try again: the app looks up the newest AMI again.</translation>
        </message>
        <message>
            <source>AWS received too many requests and asked us to slow down.</source>
            <translation>AWS received too many requests and asked us to slow down.</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Wait a minute, then try again.</translation>
        </message>
        <message>
            <source>This instance type is not offered in this availability zone.</source>
            <translation>This instance type is not offered in this availability zone.</translation>
        </message>
        <message>
            <source>Choose another region or GPU type.</source>
            <translation>Choose another region or GPU type.</translation>
        </message>
        <message>
            <source>An earlier launch with the same request token used different settings.</source>
            <translation>An earlier launch with the same request token used different settings.</translation>
        </message>
        <message>
            <source>Look for the earlier instance on the home page, or start a new launch with new settings.</source>
            <translation>Look for the earlier instance on the home page, or start a new launch with new settings.</translation>
        </message>
        <message>
            <source>AWS cannot be reached ({endpoint}).</source>
            <translation>AWS cannot be reached ({endpoint}).</translation>
        </message>
        <message>
            <source>Check your internet connection (and proxy or firewall), then try again.</source>
            <translation>Check your internet connection (and proxy or firewall), then try again.</translation>
        </message>
        <message>
            <source>AWS refused the action {action} on {resource}.</source>
            <translation>AWS refused the action {action} on {resource}.</translation>
        </message>
        <message>
            <source>No AWS credentials were found.</source>
            <translation>No AWS credentials were found.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile or an access key first.</source>
            <translation>Sign in with an AWS profile or an access key first.</translation>
        </message>
        <message>
            <source>The AWS request failed: {problem}</source>
            <translation>The AWS request failed: {problem}</translation>
        </message>
        <message>
            <source>AWS refused {operation}: {code}: {aws_message}</source>
            <translation>AWS refused {operation}: {code}: {aws_message}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>fastai-launcher hit a bug</source>
            <translation>fastai-launcher hit a bug</translation>
        </message>
        <message>
            <source>Something went wrong inside the app. You can keep using it, but if something looks wrong, restart it. This does not stop your AWS machine: if it was running, it is still running and still costs money.

To help us fix this, copy the details below (they contain no keys or passwords) and send them with a short note of what you were doing.</source>
            <translation>Something went wrong inside the app. You can keep using it, but if something looks wrong, restart it. This does not stop your AWS machine: if it was running, it is still running and still costs money.

To help us fix this, copy the details below (they contain no keys or passwords) and send them with a short note of what you were doing.</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>That is much longer than an access key: the key ID has 20 characters and the secret 40.</source>
            <translation>That is much longer than an access key: the key ID has 20 characters and the secret 40.</translation>
        </message>
        <message>
            <source>Paste only the key ID into the first field and only the secret into the second.</source>
            <translation>Paste only the key ID into the first field and only the secret into the second.</translation>
        </message>
        <message>
            <source>An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).</source>
            <translation>An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).</translation>
        </message>
        <message>
            <source>Copy the key ID again from the IAM console or the downloaded .csv file.</source>
            <translation>Copy the key ID again from the IAM console or the downloaded .csv file.</translation>
        </message>
        <message>
            <source>A secret access key has exactly 40 characters: letters, digits, / and +.</source>
            <translation>A secret access key has exactly 40 characters: letters, digits, / and +.</translation>
        </message>
        <message>
            <source>Copy the secret again; it is shown only once, when the key is created. If it is lost, create a new access key.</source>
            <translation>Copy the secret again; it is shown only once, when the key is created. If it is lost, create a new access key.</translation>
        </message>
        <message>
            <source>This computer has no secure password store (keyring), so the secret key cannot be saved safely.</source>
            <translation>This computer has no secure password store (keyring), so the secret key cannot be saved safely.</translation>
        </message>
        <message>
            <source>Use the key for this session only (you will enter it again next time), or sign in with an AWS CLI profile.</source>
            <translation>Use the key for this session only (you will enter it again next time), or sign in with an AWS CLI profile.</translation>
        </message>
        <message>
            <source>The SSO sign-in of profile {profile} has expired or is missing.</source>
            <translation>The SSO sign-in of profile {profile} has expired or is missing.</translation>
        </message>
        <message>
            <source>Sign in again: run {command} in a terminal, then try again.</source>
            <translation>Sign in again: run {command} in a terminal, then try again.</translation>
        </message>
        <message>
            <source>There is no AWS profile named {profile}.</source>
            <translation>There is no AWS profile named {profile}.</translation>
        </message>
        <message>
            <source>Choose one of the listed profiles, or run aws configure.</source>
            <translation>Choose one of the listed profiles, or run aws configure.</translation>
        </message>
        <message>
            <source>The AWS profile has an access key ID without its secret.</source>
            <translation>The AWS profile has an access key ID without its secret.</translation>
        </message>
        <message>
            <source>These are the account's root user credentials. The app does not launch with them: root can do anything in the account, and a leaked root key cannot be limited.</source>
            <translation>These are the account's root user credentials. The app does not launch with them: root can do anything in the account, and a leaked root key cannot be limited.</translation>
        </message>
        <message>
            <source>Create an IAM user with the fastai-launcher policy in the IAM console ({url}), make an access key for it, and sign in with that key.</source>
            <translation>Create an IAM user with the fastai-launcher policy in the IAM console ({url}), make an access key for it, and sign in with that key.</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>Dlami</name>
        <message>
            <source>No Deep Learning AMI with PyTorch on Ubuntu was found in this region.</source>
            <translation>No Deep Learning AMI with PyTorch on Ubuntu was found in this region.</translation>
        </message>
        <message>
            <source>Choose another region, such as us-west-2 (Oregon), and try again.</source>
            <translation>Choose another region, such as us-west-2 (Oregon), and try again.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Try again. If it keeps happening, copy the details and ask for help.</source>
            <translation>Try again. If it keeps happening, copy the details and ask for help.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>This took too long and was stopped.</source>
            <translation>This took too long and was stopped.</translation>
        </message>
        <message>
            <source>Waiting for this took too long ({seconds} s): {what}</source>
            <translation>Waiting for this took too long ({seconds} s): {what}</translation>
        </message>
        <message>
            <source>Check your network connection, then try again.</source>
            <translation>Check your network connection, then try again.</translation>
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>Your instance {instance} is in the region {region}; the app works in that region while the instance exists.</source>
            <translation>Your instance {instance} is in the region {region}; the app works in that region while the instance exists.</translation>
        </message>
        <message>
            <source>Keep the region, or delete the instance in the EC2 console first if you no longer need it.</source>
            <translation>Keep the region, or delete the instance in the EC2 console first if you no longer need it.</translation>
        </message>
        <message>
            <source>Checking the credentials with AWS</source>
            <translation>Checking the credentials with AWS</translation>
        </message>
        <message>
            <source>Getting ready</source>
            <extracomment>The order of the guide; a step's successor is where the user resumes after it.</extracomment>
            <translation>Getting ready</translation>
        </message>
        <message>
            <source>Signing in to AWS</source>
            <translation>Signing in to AWS</translation>
        </message>
        <message>
            <source>Checking the GPU quota</source>
            <translation>Checking the GPU quota</translation>
        </message>
        <message>
            <source>Preparing the SSH key</source>
            <translation>Preparing the SSH key</translation>
        </message>
        <message>
            <source>Launching the instance</source>
            <translation>Launching the instance</translation>
        </message>
        <message>
            <source>Connecting securely to the instance</source>
            <translation>Connecting securely to the instance</translation>
        </message>
        <message>
            <source>Installing the course</source>
            <translation>Installing the course</translation>
        </message>
        <message>
            <source>Starting Jupyter</source>
            <translation>Starting Jupyter</translation>
        </message>
        <message>
            <source>Stopping the instance</source>
            <translation>Stopping the instance</translation>
        </message>
        <message>
            <source>Jupyter is ready</source>
            <translation>Jupyter is ready</translation>
        </message>
        <message>
            <source>You are not signed in to AWS.</source>
            <extracomment>Developer option, next to `FASTAI_LAUNCHER_SSH_ENDPOINT`: the login user on the instance (`ubuntu` on a Deep Learning AMI). The sandbox sets it to its sshd's user.</extracomment>
            <translation>You are not signed in to AWS.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile or an access key.</source>
            <translation>Sign in with an AWS profile or an access key.</translation>
        </message>
        <message>
            <source>No AWS region is chosen yet.</source>
            <translation>No AWS region is chosen yet.</translation>
        </message>
        <message>
            <source>Choose a region on the sign-in page.</source>
            <translation>Choose a region on the sign-in page.</translation>
        </message>
    </context>
    <context>
        <name>HostKeys</name>
        <message>
            <source>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</source>
            <translation>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</translation>
        </message>
        <message>
            <source>Connect only if you trust this fingerprint, for example because it matches the one in the EC2 console's system log.</source>
            <translation>Connect only if you trust this fingerprint, for example because it matches the one in the EC2 console's system log.</translation>
        </message>
        <message>
            <source>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</source>
            <translation>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</translation>
        </message>
        <message>
            <source>Do not connect. Try again from another network; if it happens again, stop the instance from the EC2 console.</source>
            <translation>Do not connect. Try again from another network; if it happens again, stop the instance from the EC2 console.</translation>
        </message>
        <message>
            <source>Reading the instance's identity from its console</source>
            <translation>Reading the instance's identity from its console</translation>
        </message>
        <message>
            <source>The instance at {host}:{port} does not answer SSH yet.</source>
            <translation>The instance at {host}:{port} does not answer SSH yet.</translation>
        </message>
        <message>
            <source>Wait a minute for it to finish starting, then try again.</source>
            <translation>Wait a minute for it to finish starting, then try again.</translation>
        </message>
    </context>
    <context>
        <name>InstanceState</name>
        <message>
            <source>starting up</source>
            <extracomment>Every state an instance passes through before it is gone for good.</extracomment>
            <translation>starting up</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>stopping</source>
            <translation>stopping</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>being deleted</source>
            <translation>being deleted</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
    </context>
    <context>
        <name>InstanceTypes</name>
        <message>
            <source>The guide's type. Its NVIDIA K80 GPU is retired: current Deep Learning AMIs do not support it, and AWS is phasing it out. Choose it only if you know why.</source>
            <translation>The guide's type. Its NVIDIA K80 GPU is retired: current Deep Learning AMIs do not support it, and AWS is phasing it out. Choose it only if you know why.</translation>
        </message>
    </context>
    <context>
        <name>Jupyter</name>
        <message>
            <source>Starting Jupyter on the instance</source>
            <translation>Starting Jupyter on the instance</translation>
        </message>
        <message>
            <source>Jupyter to start</source>
            <translation>Jupyter to start</translation>
        </message>
        <message>
            <source>Stopping Jupyter on the instance</source>
            <translation>Stopping Jupyter on the instance</translation>
        </message>
        <message>
            <source>Jupyter to stop</source>
            <translation>Jupyter to stop</translation>
        </message>
        <message>
            <source>Jupyter did not start on the instance (port {port}).</source>
            <translation>Jupyter did not start on the instance (port {port}).</translation>
        </message>
        <message>
            <source>Run the course installation again; its log on the instance is in ~/.fastai-launcher/.</source>
            <translation>Run the course installation again; its log on the instance is in ~/.fastai-launcher/.</translation>
        </message>
    </context>
    <context>
        <name>KeyPairs</name>
        <message>
            <source>The computer name “{host}” has no Latin letters or digits, so it cannot name the AWS key pair.</source>
            <translation>The computer name “{host}” has no Latin letters or digits, so it cannot name the AWS key pair.</translation>
        </message>
        <message>
            <source>Type a name for this computer using English letters, digits, - or _.</source>
            <translation>Type a name for this computer using English letters, digits, - or _.</translation>
        </message>
        <message>
            <source>This is not an OpenSSH public key of a kind AWS accepts.</source>
            <translation>This is not an OpenSSH public key of a kind AWS accepts.</translation>
        </message>
        <message>
            <source>Use an ed25519 or RSA public key line, starting “ssh-ed25519” or “ssh-rsa”.</source>
            <translation>Use an ed25519 or RSA public key line, starting “ssh-ed25519” or “ssh-rsa”.</translation>
        </message>
        <message>
            <source>There are already {count} key pairs named after this computer.</source>
            <translation>There are already {count} key pairs named after this computer.</translation>
        </message>
        <message>
            <source>Delete the key pairs you no longer use in the EC2 console, then try again.</source>
            <translation>Delete the key pairs you no longer use in the EC2 console, then try again.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The passphrase for the key {path} is not right.</source>
            <translation>The passphrase for the key {path} is not right.</translation>
        </message>
        <message>
            <source>The key {path} is protected by a passphrase.</source>
            <translation>The key {path} is protected by a passphrase.</translation>
        </message>
        <message>
            <source>Type the passphrase you chose when you made this key.</source>
            <translation>Type the passphrase you chose when you made this key.</translation>
        </message>
        <message>
            <source>A key already exists at {path}; it was left as it is.</source>
            <translation>A key already exists at {path}; it was left as it is.</translation>
        </message>
        <message>
            <source>Use that key, or choose another one.</source>
            <translation>Use that key, or choose another one.</translation>
        </message>
        <message>
            <source>The file {path} is not an SSH private key this app can read.</source>
            <translation>The file {path} is not an SSH private key this app can read.</translation>
        </message>
        <message>
            <source>Choose another key, or let the app make a new key for you.</source>
            <translation>Choose another key, or let the app make a new key for you.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>Stopped waiting. The instance {instance} was launched and is still starting.</source>
            <extracomment>Errors after which another availability zone may have what this one lacks.</extracomment>
            <translation>Stopped waiting. The instance {instance} was launched and is still starting.</translation>
        </message>
        <message>
            <source>Stop it now if you do not want to use it: it costs money while it runs.</source>
            <translation>Stop it now if you do not want to use it: it costs money while it runs.</translation>
        </message>
        <message>
            <source>Asking AWS for the instance</source>
            <translation>Asking AWS for the instance</translation>
        </message>
        <message>
            <source>Trying availability zone {zone}</source>
            <translation>Trying availability zone {zone}</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>Starting the instance</translation>
        </message>
        <message>
            <source>The instance is running</source>
            <translation>The instance is running</translation>
        </message>
        <message>
            <source>The instance is ready</source>
            <translation>The instance is ready</translation>
        </message>
        <message>
            <source>Waiting for AWS's status checks</source>
            <translation>Waiting for AWS's status checks</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>{step}: {state}</source>
            <translation>{step}: {state}</translation>
        </message>
        <message>
            <source>The instance {instance} is {state} instead of {wanted}: {reason}</source>
            <translation>The instance {instance} is {state} instead of {wanted}: {reason}</translation>
        </message>
        <message>
            <source>Look at the instance in the EC2 console, then try again.</source>
            <translation>Look at the instance in the EC2 console, then try again.</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>Starting the instance</translation>
        </message>
        <message>
            <source>Stopping the instance</source>
            <translation>Stopping the instance</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>fastai launcher: a GPU for the fast.ai course</source>
            <translation>fastai launcher: a GPU for the fast.ai course</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Could not find out this computer's public internet address.</source>
            <extracomment>Returns the body of CHECKIP_URL: the caller's public address and a newline.</extracomment>
            <translation>Could not find out this computer's public internet address.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Check your internet connection, then try again.</translation>
        </message>
        <message>
            <source>The address service gave an answer that is not an IP address.</source>
            <translation>The address service gave an answer that is not an IP address.</translation>
        </message>
        <message>
            <source>A captive portal (hotel or café Wi-Fi sign-in) may be in the way: sign in there, then try again.</source>
            <translation>A captive portal (hotel or café Wi-Fi sign-in) may be in the way: sign in there, then try again.</translation>
        </message>
        <message>
            <source>This region has no default VPC to launch into.</source>
            <translation>This region has no default VPC to launch into.</translation>
        </message>
        <message>
            <source>In the VPC console choose Actions → Create default VPC, or choose another region.</source>
            <translation>In the VPC console choose Actions → Create default VPC, or choose another region.</translation>
        </message>
    </context>
    <context>
        <name>Pricing</name>
        <message>
            <source>AWS price list, {date}</source>
            <translation>AWS price list, {date}</translation>
        </message>
        <message>
            <source>AWS price list as saved on {date}</source>
            <translation>AWS price list as saved on {date}</translation>
        </message>
        <message>
            <source>Price table shipped with the app, as of {date}: may be out of date</source>
            <translation>Price table shipped with the app, as of {date}: may be out of date</translation>
        </message>
    </context>
    <context>
        <name>Quotas</name>
        <message>
            <source>{instance_type} is not a GPU instance type.</source>
            <translation>{instance_type} is not a GPU instance type.</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS has not decided yet.</source>
            <translation>Requested {desired} vCPUs; AWS has not decided yet.</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS Support opened case {case_id} and will answer by e-mail.</source>
            <translation>Requested {desired} vCPUs; AWS Support opened case {case_id} and will answer by e-mail.</translation>
        </message>
        <message>
            <source>Approved: you may now run {desired} vCPUs.</source>
            <translation>Approved: you may now run {desired} vCPUs.</translation>
        </message>
        <message>
            <source>AWS did not approve the request ({status}). Read the support case in the AWS console; you can ask again with a short reason (the fast.ai course).</source>
            <translation>AWS did not approve the request ({status}). Read the support case in the AWS console; you can ask again with a short reason (the fast.ai course).</translation>
        </message>
        <message>
            <source>Your spot quota was raised, but the on-demand quota is still 0: a normal (on-demand) launch will fail. Request the on-demand quota too, or launch as spot.</source>
            <translation>Your spot quota was raised, but the on-demand quota is still 0: a normal (on-demand) launch will fail. Request the on-demand quota too, or launch as spot.</translation>
        </message>
        <message>
            <source>Your on-demand quota is raised, but the spot quota is 0: a spot launch will fail.</source>
            <translation>Your on-demand quota is raised, but the spot quota is 0: a spot launch will fail.</translation>
        </message>
    </context>
    <context>
        <name>RecipeSteps</name>
        <message>
            <source>Get the course</source>
            <translation>Get the course</translation>
        </message>
        <message>
            <source>Install Miniforge (conda)</source>
            <translation>Install Miniforge (conda)</translation>
        </message>
        <message>
            <source>Create the fastai v1 environment</source>
            <translation>Create the fastai v1 environment</translation>
        </message>
        <message>
            <source>Update fastai</source>
            <translation>Update fastai</translation>
        </message>
        <message>
            <source>Install fastai and Jupyter</source>
            <translation>Install fastai and Jupyter</translation>
        </message>
    </context>
    <context>
        <name>Recipes</name>
        <message>
            <source>Starting the installation on the instance</source>
            <translation>Starting the installation on the instance</translation>
        </message>
        <message>
            <source>The instance did not run the app's command.</source>
            <translation>The instance did not run the app's command.</translation>
        </message>
        <message>
            <source>Check that the instance's disk is not full, then try again.</source>
            <translation>Check that the instance's disk is not full, then try again.</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <source>US East (N. Virginia)</source>
            <translation>US East (N. Virginia)</translation>
        </message>
        <message>
            <source>US East (Ohio)</source>
            <translation>US East (Ohio)</translation>
        </message>
        <message>
            <source>US West (N. California)</source>
            <translation>US West (N. California)</translation>
        </message>
        <message>
            <source>US West (Oregon)</source>
            <translation>US West (Oregon)</translation>
        </message>
        <message>
            <source>Africa (Cape Town)</source>
            <translation>Africa (Cape Town)</translation>
        </message>
        <message>
            <source>Asia Pacific (Hong Kong)</source>
            <translation>Asia Pacific (Hong Kong)</translation>
        </message>
        <message>
            <source>Asia Pacific (Mumbai)</source>
            <translation>Asia Pacific (Mumbai)</translation>
        </message>
        <message>
            <source>Asia Pacific (Hyderabad)</source>
            <translation>Asia Pacific (Hyderabad)</translation>
        </message>
        <message>
            <source>Asia Pacific (Singapore)</source>
            <translation>Asia Pacific (Singapore)</translation>
        </message>
        <message>
            <source>Asia Pacific (Sydney)</source>
            <translation>Asia Pacific (Sydney)</translation>
        </message>
        <message>
            <source>Asia Pacific (Jakarta)</source>
            <translation>Asia Pacific (Jakarta)</translation>
        </message>
        <message>
            <source>Asia Pacific (Melbourne)</source>
            <translation>Asia Pacific (Melbourne)</translation>
        </message>
        <message>
            <source>Asia Pacific (Malaysia)</source>
            <translation>Asia Pacific (Malaysia)</translation>
        </message>
        <message>
            <source>Asia Pacific (Thailand)</source>
            <translation>Asia Pacific (Thailand)</translation>
        </message>
        <message>
            <source>Asia Pacific (Tokyo)</source>
            <translation>Asia Pacific (Tokyo)</translation>
        </message>
        <message>
            <source>Asia Pacific (Seoul)</source>
            <translation>Asia Pacific (Seoul)</translation>
        </message>
        <message>
            <source>Asia Pacific (Osaka)</source>
            <translation>Asia Pacific (Osaka)</translation>
        </message>
        <message>
            <source>Canada (Central)</source>
            <translation>Canada (Central)</translation>
        </message>
        <message>
            <source>Canada West (Calgary)</source>
            <translation>Canada West (Calgary)</translation>
        </message>
        <message>
            <source>Europe (Frankfurt)</source>
            <translation>Europe (Frankfurt)</translation>
        </message>
        <message>
            <source>Europe (Zurich)</source>
            <translation>Europe (Zurich)</translation>
        </message>
        <message>
            <source>Europe (Ireland)</source>
            <translation>Europe (Ireland)</translation>
        </message>
        <message>
            <source>Europe (London)</source>
            <translation>Europe (London)</translation>
        </message>
        <message>
            <source>Europe (Paris)</source>
            <translation>Europe (Paris)</translation>
        </message>
        <message>
            <source>Europe (Milan)</source>
            <translation>Europe (Milan)</translation>
        </message>
        <message>
            <source>Europe (Spain)</source>
            <translation>Europe (Spain)</translation>
        </message>
        <message>
            <source>Europe (Stockholm)</source>
            <translation>Europe (Stockholm)</translation>
        </message>
        <message>
            <source>Israel (Tel Aviv)</source>
            <translation>Israel (Tel Aviv)</translation>
        </message>
        <message>
            <source>Middle East (Bahrain)</source>
            <translation>Middle East (Bahrain)</translation>
        </message>
        <message>
            <source>Middle East (UAE)</source>
            <translation>Middle East (UAE)</translation>
        </message>
        <message>
            <source>Mexico (Central)</source>
            <translation>Mexico (Central)</translation>
        </message>
        <message>
            <source>South America (São Paulo)</source>
            <translation>South America (São Paulo)</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Connecting to {host}</source>
            <translation>Connecting to {host}</translation>
        </message>
        <message>
            <source>a command on the instance</source>
            <translation>a command on the instance</translation>
        </message>
        <message>
            <source>The file {path} could not be written on the instance.</source>
            <translation>The file {path} could not be written on the instance.</translation>
        </message>
        <message>
            <source>Check that the instance's disk is not full.</source>
            <translation>Check that the instance's disk is not full.</translation>
        </message>
        <message>
            <source>The connection to {host} was lost.</source>
            <translation>The connection to {host} was lost.</translation>
        </message>
        <message>
            <source>Reconnect; work running on the instance goes on meanwhile.</source>
            <translation>Reconnect; work running on the instance goes on meanwhile.</translation>
        </message>
        <message>
            <source>The instance refused the key {fingerprint} for the user {user}.</source>
            <translation>The instance refused the key {fingerprint} for the user {user}.</translation>
        </message>
        <message>
            <source>Check that the instance was launched with the key pair made from this key.</source>
            <translation>Check that the instance was launched with the key pair made from this key.</translation>
        </message>
        <message>
            <source>The instance at {host}:{port} did not accept an SSH connection.</source>
            <translation>The instance at {host}:{port} did not accept an SSH connection.</translation>
        </message>
        <message>
            <source>Check that the instance is running and that the security group lets your address in, then try again.</source>
            <translation>Check that the instance is running and that the security group lets your address in, then try again.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something unexpected went wrong ({kind}).</source>
            <translation>Something unexpected went wrong ({kind}).</translation>
        </message>
        <message>
            <source>Try again. If it happens again, copy the details and report the problem.</source>
            <translation>Try again. If it happens again, copy the details and report the problem.</translation>
        </message>
        <message>
            <source>the step “{name}”</source>
            <extracomment>Reported and the worker has returned: nothing more will happen.</extracomment>
            <translation>the step “{name}”</translation>
        </message>
    </context>
    <context>
        <name>Tunnel</name>
        <message>
            <source>Cannot reach the instance at {address}: {reason}</source>
            <translation>Cannot reach the instance at {address}: {reason}</translation>
        </message>
        <message>
            <source>Check that the instance is running and that your network is up.</source>
            <translation>Check that the instance is running and that your network is up.</translation>
        </message>
        <message>
            <source>The connection to the instance was lost ({reason}).</source>
            <translation>The connection to the instance was lost ({reason}).</translation>
        </message>
        <message>
            <source>Reconnecting by itself; nothing to do.</source>
            <translation>Reconnecting by itself; nothing to do.</translation>
        </message>
        <message>
            <source>The instance answered with a host key we do not trust ({fingerprint}). Someone may be intercepting the connection.</source>
            <translation>The instance answered with a host key we do not trust ({fingerprint}). Someone may be intercepting the connection.</translation>
        </message>
        <message>
            <source>Do not continue. Check the instance in the AWS console and verify its host key again.</source>
            <translation>Do not continue. Check the instance in the AWS console and verify its host key again.</translation>
        </message>
        <message>
            <source>The instance refused our SSH key for the user {user}.</source>
            <translation>The instance refused our SSH key for the user {user}.</translation>
        </message>
        <message>
            <source>Check that the instance was launched with this app's key pair.</source>
            <translation>Check that the instance was launched with this app's key pair.</translation>
        </message>
        <message>
            <source>No free local port from {first} to {last} for the tunnel.</source>
            <translation>No free local port from {first} to {last} for the tunnel.</translation>
        </message>
        <message>
            <source>Close the program using these ports (another Jupyter?) and try again.</source>
            <translation>Close the program using these ports (another Jupyter?) and try again.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Your own GPU machine on AWS for the fast.ai course, step by step.</source>
            <translation>Your own GPU machine on AWS for the fast.ai course, step by step.</translation>
        </message>
        <message>
            <source>This app does the steps of the course's “AWS EC2” guide for you, so you do not need the AWS web console or a terminal. You can stop and come back later: it remembers where you were.</source>
            <translation>This app does the steps of the course's “AWS EC2” guide for you, so you do not need the AWS web console or a terminal. You can stop and come back later: it remembers where you were.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>What it will do</translation>
        </message>
        <message>
            <source>Show you what the GPU machine costs (below).</source>
            <translation>Show you what the GPU machine costs (below).</translation>
        </message>
        <message>
            <source>Sign in to your AWS account with an access key.</source>
            <translation>Sign in to your AWS account with an access key.</translation>
        </message>
        <message>
            <source>Ask AWS to let your account use a GPU machine. New accounts start at zero; the answer can take from minutes to a day or two.</source>
            <translation>Ask AWS to let your account use a GPU machine. New accounts start at zero; the answer can take from minutes to a day or two.</translation>
        </message>
        <message>
            <source>Make an SSH key: the lock that lets only your computer log in to the machine.</source>
            <translation>Make an SSH key: the lock that lets only your computer log in to the machine.</translation>
        </message>
        <message>
            <source>Start the GPU machine (an “instance”) with Amazon's Deep Learning software.</source>
            <translation>Start the GPU machine (an “instance”) with Amazon's Deep Learning software.</translation>
        </message>
        <message>
            <source>Connect to it securely and install fastai and the course notebooks.</source>
            <translation>Connect to it securely and install fastai and the course notebooks.</translation>
        </message>
        <message>
            <source>Open Jupyter in your browser, running on the GPU machine.</source>
            <translation>Open Jupyter in your browser, running on the GPU machine.</translation>
        </message>
        <message>
            <source>Stop the machine when you are done, so you stop paying for it.</source>
            <translation>Stop the machine when you are done, so you stop paying for it.</translation>
        </message>
        <message>
            <source>What it will cost</source>
            <translation>What it will cost</translation>
        </message>
        <message>
            <source>Stop, never terminate.</source>
            <translation>Stop, never terminate.</translation>
        </message>
        <message>
            <source>Stopping keeps the disk, so it costs only storage; terminating deletes everything. This app only ever stops your machine: it never terminates it.</source>
            <translation>Stopping keeps the disk, so it costs only storage; terminating deletes everything. This app only ever stops your machine: it never terminates it.</translation>
        </message>
        <message>
            <source>Looking up the current price…</source>
            <translation>Looking up the current price…</translation>
        </message>
        <message>
            <source>The current price could not be looked up here. AWS lists it at &lt;a href='https://aws.amazon.com/ec2/pricing/on-demand/'&gt;aws.amazon.com/ec2/pricing&lt;/a&gt;.</source>
            <translation>The current price could not be looked up here. AWS lists it at &lt;a href='https://aws.amazon.com/ec2/pricing/on-demand/'&gt;aws.amazon.com/ec2/pricing&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>While it runs, a {instance_type} machine with a {volume_gb} GB disk in {region} costs about &lt;b&gt;{hourly} an hour&lt;/b&gt;: a {lesson_hours}-hour lesson about {lesson}. Forgotten for a day, it costs {day}.</source>
            <translation>While it runs, a {instance_type} machine with a {volume_gb} GB disk in {region} costs about &lt;b&gt;{hourly} an hour&lt;/b&gt;: a {lesson_hours}-hour lesson about {lesson}. Forgotten for a day, it costs {day}.</translation>
        </message>
        <message>
            <source>While it is stopped, only its disk is billed: about &lt;b&gt;{monthly} a month&lt;/b&gt;.</source>
            <translation>While it is stopped, only its disk is billed: about &lt;b&gt;{monthly} a month&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Prices from AWS's price list on {date}.</source>
            <translation>Prices from AWS's price list on {date}.</translation>
        </message>
        <message>
            <source>Prices from AWS's price list, saved on {date}.</source>
            <translation>Prices from AWS's price list, saved on {date}.</translation>
        </message>
        <message>
            <source>Prices from the table shipped with this app ({date}).</source>
            <translation>Prices from the table shipped with this app ({date}).</translation>
        </message>
        <message>
            <source>Prices differ a little between regions; you choose yours when you sign in.</source>
            <translation>Prices differ a little between regions; you choose yours when you sign in.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Steps</source>
            <extracomment>The user pressed Finish on the last page.</extracomment>
            <translation>Steps</translation>
        </message>
    </context>
</TS>
