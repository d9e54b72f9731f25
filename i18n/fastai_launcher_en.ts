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
            <source>Sign in again on the sign-in page (with your browser, or your IAM Identity Center profile), then try again.</source>
            <translation>Sign in again on the sign-in page (with your browser, or your IAM Identity Center profile), then try again.</translation>
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
            <source>The sign-in took too long: the code from the AWS sign-in page expired before the app could use it.</source>
            <translation>The sign-in took too long: the code from the AWS sign-in page expired before the app could use it.</translation>
        </message>
        <message>
            <source>Sign in with your browser again, and come back to the app as soon as the page says so.</source>
            <translation>Sign in with your browser again, and come back to the app as soon as the page says so.</translation>
        </message>
        <message>
            <source>Your IAM user is not allowed to sign in to apps on this computer.</source>
            <translation>Your IAM user is not allowed to sign in to apps on this computer.</translation>
        </message>
        <message>
            <source>In the IAM console ({url}), attach the AWS managed policy SignInLocalDevelopmentAccess and the fastai-launcher policy to your IAM user (or ask your administrator to), then sign in again.</source>
            <translation>In the IAM console ({url}), attach the AWS managed policy SignInLocalDevelopmentAccess and the fastai-launcher policy to your IAM user (or ask your administrator to), then sign in again.</translation>
        </message>
        <message>
            <source>Your browser sign-in has ended: it lasts up to 12 hours, and ends sooner when the password changes.</source>
            <translation>Your browser sign-in has ended: it lasts up to 12 hours, and ends sooner when the password changes.</translation>
        </message>
        <message>
            <source>Sign in with your browser again.</source>
            <translation>Sign in with your browser again.</translation>
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
        <name>AwsRetries</name>
        <message>
            <source>AWS is busy or briefly unavailable ({reason}); retrying {operation} (attempt {attempt} of {attempts}).</source>
            <translation>AWS is busy or briefly unavailable ({reason}); retrying {operation} (attempt {attempt} of {attempts}).</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Stop instance</source>
            <translation>Stop instance</translation>
        </message>
        <message>
            <source>Open Jupyter</source>
            <translation>Open Jupyter</translation>
        </message>
        <message>
            <source>Snooze 30 minutes</source>
            <translation>Snooze 30 minutes</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Got it</translation>
        </message>
        <message>
            <source>This desktop shows no tray icons, so the app stays open here to keep reminding you. On GNOME, install the &lt;b&gt;AppIndicator and KStatusNotifierItem Support&lt;/b&gt; extension (Extensions app) to get the tray icon.</source>
            <translation>This desktop shows no tray icons, so the app stays open here to keep reminding you. On GNOME, install the &lt;b&gt;AppIndicator and KStatusNotifierItem Support&lt;/b&gt; extension (Extensions app) to get the tray icon.</translation>
        </message>
    </context>
    <context>
        <name>BindingCheck</name>
        <message>
            <source>PySide6 {pyside} on Python {python} makes the app crash after a while: install Python 3.12 or newer, or PySide6-Essentials below 6.12 (pip install "PySide6-Essentials&lt;6.12").</source>
            <translation>PySide6 {pyside} on Python {python} makes the app crash after a while: install Python 3.12 or newer, or PySide6-Essentials below 6.12 (pip install "PySide6-Essentials&lt;6.12").</translation>
        </message>
    </context>
    <context>
        <name>BrowserSignIn</name>
        <message>
            <source>You are signed in. Go back to fastai-launcher to continue; you can close this tab.</source>
            <translation>You are signed in. Go back to fastai-launcher to continue; you can close this tab.</translation>
        </message>
        <message>
            <source>The sign-in did not finish. Go back to fastai-launcher: it says what happened and what to do.</source>
            <translation>The sign-in did not finish. Go back to fastai-launcher: it says what happened and what to do.</translation>
        </message>
        <message>
            <source>The answer that reached the app does not belong to this sign-in, so the app did not use it.</source>
            <translation>The answer that reached the app does not belong to this sign-in, so the app did not use it.</translation>
        </message>
        <message>
            <source>Sign in with your browser again, using only the page the app opens.</source>
            <translation>Sign in with your browser again, using only the page the app opens.</translation>
        </message>
        <message>
            <source>The sign-in was cancelled or refused on the AWS page ({error}).</source>
            <translation>The sign-in was cancelled or refused on the AWS page ({error}).</translation>
        </message>
        <message>
            <source>Sign in with your browser again and finish the AWS sign-in page.</source>
            <translation>Sign in with your browser again and finish the AWS sign-in page.</translation>
        </message>
        <message>
            <source>The sign-in in the browser was not finished within {minutes} minutes.</source>
            <translation>The sign-in in the browser was not finished within {minutes} minutes.</translation>
        </message>
        <message>
            <source>Sign in with your browser again. If the page never came back to the app, use the sign-in with a code.</source>
            <translation>Sign in with your browser again. If the page never came back to the app, use the sign-in with a code.</translation>
        </message>
        <message>
            <source>The app cannot receive the browser's answer on this computer (no local port is free).</source>
            <translation>The app cannot receive the browser's answer on this computer (no local port is free).</translation>
        </message>
        <message>
            <source>Use the sign-in with a code instead: the AWS page shows a code that you paste into the app.</source>
            <translation>Use the sign-in with a code instead: the AWS page shows a code that you paste into the app.</translation>
        </message>
        <message>
            <source>AWS did not accept this sign-in's code, or answered unexpectedly.</source>
            <translation>AWS did not accept this sign-in's code, or answered unexpectedly.</translation>
        </message>
        <message>
            <source>Sign in with your browser again.</source>
            <translation>Sign in with your browser again.</translation>
        </message>
        <message>
            <source>That is not the code the AWS sign-in page shows.</source>
            <translation>That is not the code the AWS sign-in page shows.</translation>
        </message>
        <message>
            <source>Copy the whole code from the AWS page (use its copy button) and paste it again.</source>
            <translation>Copy the whole code from the AWS page (use its copy button) and paste it again.</translation>
        </message>
        <message>
            <source>The AWS profile {profile} already holds other credentials, so the browser sign-in does not change it.</source>
            <translation>The AWS profile {profile} already holds other credentials, so the browser sign-in does not change it.</translation>
        </message>
        <message>
            <source>Use that profile under Other ways to sign in, or rename it in the AWS config file and sign in with the browser again.</source>
            <translation>Use that profile under Other ways to sign in, or rename it in the AWS config file and sign in with the browser again.</translation>
        </message>
        <message>
            <source>The AWS profile {profile} is not an IAM Identity Center profile.</source>
            <translation>The AWS profile {profile} is not an IAM Identity Center profile.</translation>
        </message>
        <message>
            <source>Check that the AWS page in your browser shows this code: {code}</source>
            <translation>Check that the AWS page in your browser shows this code: {code}</translation>
        </message>
        <message>
            <source>Opening the IAM Identity Center page in your browser</source>
            <translation>Opening the IAM Identity Center page in your browser</translation>
        </message>
        <message>
            <source>The app could not open your web browser.</source>
            <translation>The app could not open your web browser.</translation>
        </message>
        <message>
            <source>Open this address in a browser yourself, then try again: {url}</source>
            <translation>Open this address in a browser yourself, then try again: {url}</translation>
        </message>
        <message>
            <source>The IAM Identity Center code expired before the sign-in was confirmed.</source>
            <translation>The IAM Identity Center code expired before the sign-in was confirmed.</translation>
        </message>
    </context>
    <context>
        <name>Budget</name>
        <message>
            <source>The monthly amount must be a number of dollars from 1 to 10,000.</source>
            <translation>The monthly amount must be a number of dollars from 1 to 10,000.</translation>
        </message>
        <message>
            <source>Type an amount such as 30 or 12.50, then try again.</source>
            <translation>Type an amount such as 30 or 12.50, then try again.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>This does not look like an email address.</translation>
        </message>
        <message>
            <source>Type the address AWS should send the alert to, such as name@example.com.</source>
            <translation>Type the address AWS should send the alert to, such as name@example.com.</translation>
        </message>
        <message>
            <source>Creating the monthly budget alert in AWS Budgets</source>
            <translation>Creating the monthly budget alert in AWS Budgets</translation>
        </message>
        <message>
            <source>Reading the monthly budget alert</source>
            <translation>Reading the monthly budget alert</translation>
        </message>
    </context>
    <context>
        <name>BudgetBox</name>
        <message>
            <source>Asking AWS Budgets…</source>
            <translation>Asking AWS Budgets…</translation>
        </message>
        <message>
            <source>No e-mail alert yet.</source>
            <translation>No e-mail alert yet.</translation>
        </message>
        <message>
            <source>The alert exists: AWS e-mails {email} when this month passes ${amount}.</source>
            <translation>The alert exists: AWS e-mails {email} when this month passes ${amount}.</translation>
        </message>
        <message>
            <source>An e-mail from AWS when the month costs too much</source>
            <translation>An e-mail from AWS when the month costs too much</translation>
        </message>
        <message>
            <source>Works even when this app is not running: AWS Budgets e-mails you when this month's AWS bill passes the amount. It is optional and free for up to two budgets.</source>
            <translation>Works even when this app is not running: AWS Budgets e-mails you when this month's AWS bill passes the amount. It is optional and free for up to two budgets.</translation>
        </message>
        <message>
            <source>&amp;Amount a month:</source>
            <translation>&amp;Amount a month:</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-mail address:</translation>
        </message>
        <message>
            <source>&amp;Create the e-mail alert</source>
            <translation>&amp;Create the e-mail alert</translation>
        </message>
    </context>
    <context>
        <name>Budgets</name>
        <message>
            <source>AWS answered, but the budget it keeps is not the one the app asked for.</source>
            <translation>AWS answered, but the budget it keeps is not the one the app asked for.</translation>
        </message>
        <message>
            <source>Try again, or check the budget in the AWS Billing console (Budgets).</source>
            <translation>Try again, or check the budget in the AWS Billing console (Budgets).</translation>
        </message>
    </context>
    <context>
        <name>ConnectPage</name>
        <message>
            <source>Copied. Paste it into a terminal.</source>
            <translation>Copied. Paste it into a terminal.</translation>
        </message>
        <message>
            <source>Added the host “fastai” to {path}: in a terminal, type ssh fastai.</source>
            <translation>Added the host “fastai” to {path}: in a terminal, type ssh fastai.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Verified: the key matches the one the instance printed on its console when it first started.</source>
            <translation>Verified: the key matches the one the instance printed on its console when it first started.</translation>
        </message>
        <message>
            <source>&amp;Connect again</source>
            <translation>&amp;Connect again</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Verified: the same key as at the first connection (remembered by the app).</source>
            <translation>Verified: the same key as at the first connection (remembered by the app).</translation>
        </message>
        <message>
            <source>Verified by you: you confirmed the fingerprint.</source>
            <translation>Verified by you: you confirmed the fingerprint.</translation>
        </message>
        <message>
            <source>Host key fingerprint: {fingerprint}</source>
            <translation>Host key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Tunnel: connecting…</source>
            <translation>Tunnel: connecting…</translation>
        </message>
        <message>
            <source>Tunnel: up. Jupyter's port 8888 on the instance is port {port} here.</source>
            <translation>Tunnel: up. Jupyter's port 8888 on the instance is port {port} here.</translation>
        </message>
        <message>
            <source>Tunnel: the connection dropped; reconnecting by itself…</source>
            <translation>Tunnel: the connection dropped; reconnecting by itself…</translation>
        </message>
        <message>
            <source>Tunnel: down.</source>
            <translation>Tunnel: down.</translation>
        </message>
        <message>
            <source>Instance {instance} at {user}@{host}</source>
            <translation>Instance {instance} at {user}@{host}</translation>
        </message>
        <message>
            <source>Step 5 of the guide: a secure connection to your instance.</source>
            <translation>Step 5 of the guide: a secure connection to your instance.</translation>
        </message>
        <message>
            <source>The app lets only this computer's address through the firewall, checks that it talks to your instance and not an impostor, and opens a tunnel to Jupyter's port, as the guide's ssh -L command does.</source>
            <translation>The app lets only this computer's address through the firewall, checks that it talks to your instance and not an impostor, and opens a tunnel to Jupyter's port, as the guide's ssh -L command does.</translation>
        </message>
        <message>
            <source>The instance's identity</source>
            <translation>The instance's identity</translation>
        </message>
        <message>
            <source>Tunnel</source>
            <translation>Tunnel</translation>
        </message>
        <message>
            <source>For a terminal (optional)</source>
            <translation>For a terminal (optional)</translation>
        </message>
        <message>
            <source>Co&amp;py the ssh command</source>
            <translation>Co&amp;py the ssh command</translation>
        </message>
        <message>
            <source>A&amp;dd to ~/.ssh/config</source>
            <translation>A&amp;dd to ~/.ssh/config</translation>
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
            <source>Sign in again on the sign-in page: choose this profile and press Sign in; the app opens your organisation's sign-in page in the browser.</source>
            <translation>Sign in again on the sign-in page: choose this profile and press Sign in; the app opens your organisation's sign-in page in the browser.</translation>
        </message>
        <message>
            <source>Choose one of the listed profiles, or sign in with your browser.</source>
            <translation>Choose one of the listed profiles, or sign in with your browser.</translation>
        </message>
        <message>
            <source>There is no AWS profile named {profile}.</source>
            <translation>There is no AWS profile named {profile}.</translation>
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
            <source>The image {image} that AWS's list of Deep Learning AMIs names is not owned by Amazon (owner: {owner}). The app does not launch it.</source>
            <translation>The image {image} that AWS's list of Deep Learning AMIs names is not owned by Amazon (owner: {owner}). The app does not launch it.</translation>
        </message>
        <message>
            <source>Try again later or in another region. If it keeps happening, check that nothing (a proxy, AWS_ENDPOINT_URL) redirects the app's AWS requests.</source>
            <translation>Try again later or in another region. If it keeps happening, check that nothing (a proxy, AWS_ENDPOINT_URL) redirects the app's AWS requests.</translation>
        </message>
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
            <source>The app could not save its progress to {path}: {reason}. The disk may be full or read-only.</source>
            <translation>The app could not save its progress to {path}: {reason}. The disk may be full or read-only.</translation>
        </message>
        <message>
            <source>Free some space on this computer (or make the folder writable), then try again. Until then the app may not remember this step after it closes.</source>
            <translation>Free some space on this computer (or make the folder writable), then try again. Until then the app may not remember this step after it closes.</translation>
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
        <name>ExpressPanel</name>
        <message>
            <source>{region}, as chosen above</source>
            <translation>{region}, as chosen above</translation>
        </message>
        <message>
            <source>Looking up the regions and GPU types…</source>
            <translation>Looking up the regions and GPU types…</translation>
        </message>
        <message>
            <source>{price} an hour</source>
            <translation>{price} an hour</translation>
        </message>
        <message>
            <source>price unknown</source>
            <translation>price unknown</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Jupyter is open in your browser. Press the button again to reconnect and open it again: nothing is set up twice.</source>
            <translation>Jupyter is open in your browser. Press the button again to reconnect and open it again: nothing is set up twice.</translation>
        </message>
        <message>
            <source>Looking up the regions and prices…</source>
            <translation>Looking up the regions and prices…</translation>
        </message>
        <message>
            <source>no idle auto-stop</source>
            <translation>no idle auto-stop</translation>
        </message>
        <message>
            <source>With: {choices}</source>
            <translation>With: {choices}</translation>
        </message>
        <message>
            <source>Set everything up for me</source>
            <translation>Set everything up for me</translation>
        </message>
        <message>
            <source>The app does every remaining step: asks for the GPU quota if needed, makes the key, launches, connects, installs the course and opens Jupyter in your browser. You can follow it page by page and cancel at any time.</source>
            <translation>The app does every remaining step: asks for the GPU quota if needed, makes the key, launches, connects, installs the course and opens Jupyter in your browser. You can follow it page by page and cancel at any time.</translation>
        </message>
        <message>
            <source>C&amp;hange the choices</source>
            <translation>C&amp;hange the choices</translation>
        </message>
        <message>
            <source>Prefer to go step by step? Press Next: one page for each step of the guide.</source>
            <translation>Prefer to go step by step? Press Next: one page for each step of the guide.</translation>
        </message>
        <message>
            <source>Set &amp;up and open Jupyter</source>
            <translation>Set &amp;up and open Jupyter</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>AWS region</source>
            <translation>AWS region</translation>
        </message>
        <message>
            <source>&amp;Instance type</source>
            <translation>&amp;Instance type</translation>
        </message>
        <message>
            <source>Instance type and price per hour</source>
            <translation>Instance type and price per hour</translation>
        </message>
        <message>
            <source>C&amp;ourse</source>
            <translation>C&amp;ourse</translation>
        </message>
        <message>
            <source>Course to install</source>
            <translation>Course to install</translation>
        </message>
        <message numerus="yes">
            <source>Stop it by itself after %n idle minute(s)</source>
            <translation>
                <numerusform>Stop it by itself after %n idle minute</numerusform>
                <numerusform>Stop it by itself after %n idle minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Set up everything that is left and open Jupyter</source>
            <translation>Set up everything that is left and open Jupyter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the setup</source>
            <translation>Cancel the setup</translation>
        </message>
    </context>
    <context>
        <name>ExpressRun</name>
        <message>
            <source>GPU quota approved</source>
            <translation>GPU quota approved</translation>
        </message>
        <message>
            <source>AWS approved your GPU quota. The app carries on: it launches your instance and opens Jupyter.</source>
            <translation>AWS approved your GPU quota. The app carries on: it launches your instance and opens Jupyter.</translation>
        </message>
        <message>
            <source>GPU quota not approved</source>
            <translation>GPU quota not approved</translation>
        </message>
        <message>
            <source>The setup was cancelled after the instance was launched.</source>
            <translation>The setup was cancelled after the instance was launched.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for AWS to approve your GPU quota (requested at {time}, checking every %n minute(s)). You may close the app: it carries on waiting when you start it again.</source>
            <translation>
                <numerusform>Waiting for AWS to approve your GPU quota (requested at {time}, checking every %n minute). You may close the app: it carries on waiting when you start it again.</numerusform>
                <numerusform>Waiting for AWS to approve your GPU quota (requested at {time}, checking every %n minutes). You may close the app: it carries on waiting when you start it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Waiting for AWS to approve your GPU quota (checking every %n minute(s)). You may close the app: it carries on waiting when you start it again.</source>
            <translation>
                <numerusform>Waiting for AWS to approve your GPU quota (checking every %n minute). You may close the app: it carries on waiting when you start it again.</numerusform>
                <numerusform>Waiting for AWS to approve your GPU quota (checking every %n minutes). You may close the app: it carries on waiting when you start it again.</numerusform>
            </translation>
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
            <source>Asking AWS for a higher GPU quota</source>
            <translation>Asking AWS for a higher GPU quota</translation>
        </message>
        <message>
            <source>{status} The app checks again in {minutes} min; you may leave it.</source>
            <translation>{status} The app checks again in {minutes} min; you may leave it.</translation>
        </message>
        <message>
            <source>AWS approved the request; the new quota shows after a few minutes. The app checks again in {minutes} min.</source>
            <translation>AWS approved the request; the new quota shows after a few minutes. The app checks again in {minutes} min.</translation>
        </message>
        <message>
            <source>Open the support case in the AWS console and answer it (say it is for the fast.ai course), or choose another instance type or region and request again.</source>
            <translation>Open the support case in the AWS console and answer it (say it is for the fast.ai course), or choose another instance type or region and request again.</translation>
        </message>
        <message>
            <source>Preparing the SSH key</source>
            <translation>Preparing the SSH key</translation>
        </message>
        <message>
            <source>Importing the public key into {region}</source>
            <translation>Importing the public key into {region}</translation>
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
            <source>The app has no instance in {region}.</source>
            <translation>The app has no instance in {region}.</translation>
        </message>
        <message>
            <source>Launch one on the launch page.</source>
            <translation>Launch one on the launch page.</translation>
        </message>
        <message>
            <source>Waiting for the instance to finish stopping</source>
            <translation>Waiting for the instance to finish stopping</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>Starting the instance</translation>
        </message>
        <message>
            <source>AWS is stopping the instance {instance}.</source>
            <translation>AWS is stopping the instance {instance}.</translation>
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
        <message>
            <source>The instance is not running ({state}).</source>
            <translation>The instance is not running ({state}).</translation>
        </message>
        <message>
            <source>Start the instance, then connect again.</source>
            <translation>Start the instance, then connect again.</translation>
        </message>
        <message>
            <source>The instance {instance} has no public address right now.</source>
            <translation>The instance {instance} has no public address right now.</translation>
        </message>
        <message>
            <source>Allowing SSH from this computer only</source>
            <translation>Allowing SSH from this computer only</translation>
        </message>
        <message>
            <source>Opening the tunnel to Jupyter's port</source>
            <translation>Opening the tunnel to Jupyter's port</translation>
        </message>
        <message>
            <source>The installation ({recipe}) was interrupted, probably because the instance stopped.</source>
            <translation>The installation ({recipe}) was interrupted, probably because the instance stopped.</translation>
        </message>
        <message>
            <source>The installation ({recipe}) failed with exit code {code}.</source>
            <translation>The installation ({recipe}) failed with exit code {code}.</translation>
        </message>
        <message>
            <source>Read the last lines of the log for the reason, then run the installation again: finished parts are skipped.</source>
            <translation>Read the last lines of the log for the reason, then run the installation again: finished parts are skipped.</translation>
        </message>
        <message>
            <source>Finding the newest Deep Learning AMI</source>
            <translation>Finding the newest Deep Learning AMI</translation>
        </message>
        <message>
            <source>{instance_type} is not offered in {region}.</source>
            <translation>{instance_type} is not offered in {region}.</translation>
        </message>
        <message>
            <source>Choose another GPU type on the launch page, or another region on the sign-in page. Nothing was launched.</source>
            <translation>Choose another GPU type on the launch page, or another region on the sign-in page. Nothing was launched.</translation>
        </message>
        <message>
            <source>Setting the idle auto-stop alarm</source>
            <translation>Setting the idle auto-stop alarm</translation>
        </message>
        <message>
            <source>Looking up instance types and prices</source>
            <translation>Looking up instance types and prices</translation>
        </message>
        <message>
            <source>Price of {type}</source>
            <translation>Price of {type}</translation>
        </message>
        <message>
            <source>Stopped. The instance {instance} may still be running.</source>
            <translation>Stopped. The instance {instance} may still be running.</translation>
        </message>
        <message>
            <source>Stop it now if you do not want to use it: it costs money while it runs.</source>
            <translation>Stop it now if you do not want to use it: it costs money while it runs.</translation>
        </message>
        <message>
            <source>The app could not open your web browser.</source>
            <translation>The app could not open your web browser.</translation>
        </message>
        <message>
            <source>Use the sign-in with a code: open the address it shows in any browser and paste the code back.</source>
            <translation>Use the sign-in with a code: open the address it shows in any browser and paste the code back.</translation>
        </message>
        <message>
            <source>Opening the AWS sign-in page in your browser</source>
            <translation>Opening the AWS sign-in page in your browser</translation>
        </message>
        <message>
            <source>Waiting for you to sign in to AWS in your browser</source>
            <translation>Waiting for you to sign in to AWS in your browser</translation>
        </message>
        <message>
            <source>Checking the sign-in with AWS</source>
            <translation>Checking the sign-in with AWS</translation>
        </message>
    </context>
    <context>
        <name>GpuPoll</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{used} of {total} GB memory</source>
            <translation>{used} of {total} GB memory</translation>
        </message>
        <message>
            <source>memory unknown</source>
            <translation>memory unknown</translation>
        </message>
        <message>
            <source>{busy} busy, {memory}</source>
            <translation>{busy} busy, {memory}</translation>
        </message>
    </context>
    <context>
        <name>Guard</name>
        <message>
            <source>Notebooks downloaded</source>
            <translation>Notebooks downloaded</translation>
        </message>
        <message>
            <source>{count} new or changed, in {folder} on this computer.</source>
            <translation>{count} new or changed, in {folder} on this computer.</translation>
        </message>
        <message>
            <source>Instance stopped</source>
            <translation>Instance stopped</translation>
        </message>
        <message>
            <source>It costs nothing while stopped, except its disk: about {cost} a month.</source>
            <translation>It costs nothing while stopped, except its disk: about {cost} a month.</translation>
        </message>
        <message>
            <source>It costs nothing while stopped, except its disk.</source>
            <translation>It costs nothing while stopped, except its disk.</translation>
        </message>
        <message>
            <source>Still watching your instance</source>
            <translation>Still watching your instance</translation>
        </message>
        <message>
            <source>fastai launcher keeps running in the tray while your GPU instance runs, to remind you to stop it. Quit from the tray icon's menu.</source>
            <translation>fastai launcher keeps running in the tray while your GPU instance runs, to remind you to stop it. Quit from the tray icon's menu.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Looking for your instances…</source>
            <translation>Looking for your instances…</translation>
        </message>
        <message>
            <source>No region is chosen yet: set up the app first.</source>
            <translation>No region is chosen yet: set up the app first.</translation>
        </message>
        <message>
            <source>The app has no instance in this region. Use “Set up again” to launch one.</source>
            <translation>The app has no instance in this region. Use “Set up again” to launch one.</translation>
        </message>
        <message>
            <source>The course is up to date. Your changed notebooks were copied first to ~/{folder}: Jupyter shows them in my-work.</source>
            <translation>The course is up to date. Your changed notebooks were copied first to ~/{folder}: Jupyter shows them in my-work.</translation>
        </message>
        <message>
            <source>Your notebooks are in {folder} on this computer (new or changed: {count}).</source>
            <translation>Your notebooks are in {folder} on this computer (new or changed: {count}).</translation>
        </message>
        <message>
            <source>Jupyter is open in your browser (port {port} on this computer). Stop the instance when you are done.</source>
            <translation>Jupyter is open in your browser (port {port} on this computer). Stop the instance when you are done.</translation>
        </message>
        <message>
            <source>Connected securely: Jupyter's port is reachable at localhost:{port}.</source>
            <translation>Connected securely: Jupyter's port is reachable at localhost:{port}.</translation>
        </message>
        <message>
            <source>The course is up to date.</source>
            <translation>The course is up to date.</translation>
        </message>
        <message>
            <source>Stopped. Only its disk is billed now.</source>
            <translation>Stopped. Only its disk is billed now.</translation>
        </message>
        <message>
            <source>stops by itself after {minutes} minutes under {cpu} % CPU (an alarm on AWS)</source>
            <translation>stops by itself after {minutes} minutes under {cpu} % CPU (an alarm on AWS)</translation>
        </message>
        <message>
            <source>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</source>
            <translation>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</translation>
        </message>
        <message>
            <source>{summary}. The app's estimate from what it saw; AWS's exact bill is in the &lt;a href="{url}"&gt;Billing console&lt;/a&gt;.</source>
            <translation>{summary}. The app's estimate from what it saw; AWS's exact bill is in the &lt;a href="{url}"&gt;Billing console&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>Your GPU machine</source>
            <translation>Your GPU machine</translation>
        </message>
        <message>
            <source>The setup is done. Open Jupyter starts the machine when it is stopped, connects securely and opens the course in your browser. Stop it when you are done: a running machine costs money every hour.</source>
            <translation>The setup is done. Open Jupyter starts the machine when it is stopped, connects securely and opens the course in your browser. Stop it when you are done: a running machine costs money every hour.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Re&amp;minders…</source>
            <translation>Re&amp;minders…</translation>
        </message>
        <message>
            <source>Set &amp;up again / change settings</source>
            <translation>Set &amp;up again / change settings</translation>
        </message>
    </context>
    <context>
        <name>HostKeyDialog</name>
        <message>
            <source>Check the instance's identity</source>
            <translation>Check the instance's identity</translation>
        </message>
        <message>
            <source>&amp;Trust this fingerprint and connect</source>
            <translation>&amp;Trust this fingerprint and connect</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>HostKeys</name>
        <message>
            <source>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</source>
            <translation>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</translation>
        </message>
        <message>
            <source>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</source>
            <translation>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</translation>
        </message>
        <message>
            <source>Its console did not list its keys, so the app cannot compare them for you. Connect only if you launched this instance yourself a few minutes ago and your network is one you trust (not a public Wi-Fi).</source>
            <translation>Its console did not list its keys, so the app cannot compare them for you. Connect only if you launched this instance yourself a few minutes ago and your network is one you trust (not a public Wi-Fi).</translation>
        </message>
        <message>
            <source>Do not connect. Stop the instance now (the app offers it) and try again later from another network.</source>
            <translation>Do not connect. Stop the instance now (the app offers it) and try again later from another network.</translation>
        </message>
        <message>
            <source>Reading the instance's identity from its console (at most {minutes} min; then you are asked to confirm it)</source>
            <translation>Reading the instance's identity from its console (at most {minutes} min; then you are asked to confirm it)</translation>
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
        <name>InstallPage</name>
        <message>
            <source>&amp;Update the course</source>
            <translation>&amp;Update the course</translation>
        </message>
        <message>
            <source>&amp;Install (or resume the installation)</source>
            <translation>&amp;Install (or resume the installation)</translation>
        </message>
        <message>
            <source>Installing on the instance. If the connection drops, the installation goes on there and the app picks it up again.</source>
            <translation>Installing on the instance. If the connection drops, the installation goes on there and the app picks it up again.</translation>
        </message>
        <message>
            <source>Installed. Open Jupyter to start working.</source>
            <translation>Installed. Open Jupyter to start working.</translation>
        </message>
        <message>
            <source>Not installed yet.</source>
            <translation>Not installed yet.</translation>
        </message>
        <message>
            <source>Your notebooks will be on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops. Download them from the home screen.</source>
            <translation>Your notebooks will be on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops. Download them from the home screen.</translation>
        </message>
        <message>
            <source>Install fastai and open Jupyter</source>
            <translation>Install fastai and open Jupyter</translation>
        </message>
        <message>
            <source>Step 6 of the guide: the course on your instance.</source>
            <translation>Step 6 of the guide: the course on your instance.</translation>
        </message>
        <message>
            <source>The app gets the course's notebooks and installs fastai on the instance, then starts Jupyter there and opens it in your browser through the tunnel.</source>
            <translation>The app gets the course's notebooks and installs fastai on the instance, then starts Jupyter there and opens it in your browser through the tunnel.</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Course</translation>
        </message>
        <message>
            <source>&amp;Open Jupyter</source>
            <translation>&amp;Open Jupyter</translation>
        </message>
        <message>
            <source>course-v3: the guide's course (fastai v1)</source>
            <translation>course-v3: the guide's course (fastai v1)</translation>
        </message>
        <message>
            <source>fastbook: the current course (fastai v2)</source>
            <translation>fastbook: the current course (fastai v2)</translation>
        </message>
        <message>
            <source>sandbox: the test world's stand-in (no downloads)</source>
            <translation>sandbox: the test world's stand-in (no downloads)</translation>
        </message>
        <message>
            <source>Open Jupyter in the browser</source>
            <translation>Open Jupyter in the browser</translation>
        </message>
        <message>
            <source>Installation log</source>
            <translation>Installation log</translation>
        </message>
    </context>
    <context>
        <name>InstanceCard</name>
        <message>
            <source>Instance type:</source>
            <translation>Instance type:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Public IP address:</source>
            <translation>Public IP address:</translation>
        </message>
        <message>
            <source>Running for:</source>
            <translation>Running for:</translation>
        </message>
        <message>
            <source>Cost:</source>
            <translation>Cost:</translation>
        </message>
        <message>
            <source>Idle auto-stop:</source>
            <translation>Idle auto-stop:</translation>
        </message>
        <message>
            <source>GPU:</source>
            <translation>GPU:</translation>
        </message>
        <message>
            <source>Instance ID:</source>
            <translation>Instance ID:</translation>
        </message>
        <message>
            <source>{state}: it costs money every hour</source>
            <translation>{state}: it costs money every hour</translation>
        </message>
        <message>
            <source>none while stopped (a new one at each start)</source>
            <translation>none while stopped (a new one at each start)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>Open &amp;Jupyter</source>
            <translation>Open &amp;Jupyter</translation>
        </message>
        <message>
            <source>M&amp;ore</source>
            <translation>M&amp;ore</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>More actions</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Update course…</source>
            <translation>Update course…</translation>
        </message>
        <message>
            <source>Download my notebooks</source>
            <translation>Download my notebooks</translation>
        </message>
        <message>
            <source>Open in VS Code</source>
            <translation>Open in VS Code</translation>
        </message>
        <message>
            <source>Starts the instance if needed, connects securely and opens Jupyter.</source>
            <translation>Starts the instance if needed, connects securely and opens Jupyter.</translation>
        </message>
        <message>
            <source>Stops the instance (never deletes it): only its disk is billed then.</source>
            <translation>Stops the instance (never deletes it): only its disk is billed then.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>not running</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown here: see the AWS billing console</source>
            <translation>unknown here: see the AWS billing console</translation>
        </message>
        <message>
            <source>{cost} so far, at about {hourly} an hour</source>
            <translation>{cost} so far, at about {hourly} an hour</translation>
        </message>
        <message>
            <source>stopped: only its disk is billed, about {monthly} a month</source>
            <translation>stopped: only its disk is billed, about {monthly} a month</translation>
        </message>
    </context>
    <context>
        <name>InstanceState</name>
        <message>
            <source>starting up</source>
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
        <name>InstanceTable</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>vCPUs</source>
            <translation>vCPUs</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Per hour</source>
            <translation>Per hour</translation>
        </message>
        <message>
            <source>Instance types</source>
            <translation>Instance types</translation>
        </message>
        <message>
            <source>{name} (the guide's)</source>
            <translation>{name} (the guide's)</translation>
        </message>
        <message>
            <source>Not offered in this region.</source>
            <translation>Not offered in this region.</translation>
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
        <name>InstanceWords</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} {minutes}</source>
            <translation>{hours} {minutes}</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>starting</translation>
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
        <message>
            <source>No GPU instance</source>
            <translation>No GPU instance</translation>
        </message>
        <message>
            <source>Instance {id} ({type}): {state}</source>
            <translation>Instance {id} ({type}): {state}</translation>
        </message>
        <message>
            <source>Running for {time}</source>
            <translation>Running for {time}</translation>
        </message>
        <message>
            <source>Running for {time}, {cost} so far</source>
            <translation>Running for {time}, {cost} so far</translation>
        </message>
        <message>
            <source>Auto-stop: off. Only you (or the console) can stop it.</source>
            <translation>Auto-stop: off. Only you (or the console) can stop it.</translation>
        </message>
        <message>
            <source>Auto-stop: after {minutes} minutes below {percent}% CPU</source>
            <translation>Auto-stop: after {minutes} minutes below {percent}% CPU</translation>
        </message>
        <message>
            <source>fastai launcher</source>
            <translation>fastai launcher</translation>
        </message>
        <message>
            <source>Your GPU instance has run {time} today</source>
            <translation>Your GPU instance has run {time} today</translation>
        </message>
        <message>
            <source>Your GPU instance is still running</source>
            <translation>Your GPU instance is still running</translation>
        </message>
        <message>
            <source>{id} has been running for {time}.</source>
            <translation>{id} has been running for {time}.</translation>
        </message>
        <message>
            <source>{id} has been running for {time} and has cost {cost}.</source>
            <translation>{id} has been running for {time} and has cost {cost}.</translation>
        </message>
        <message>
            <source>Stop it when you are done: it costs money every minute it runs.</source>
            <translation>Stop it when you are done: it costs money every minute it runs.</translation>
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
        <name>KeyPage</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Imported into {region} as the key pair “{name}”.</source>
            <translation>Imported into {region} as the key pair “{name}”.</translation>
        </message>
        <message>
            <source>Fingerprint (as the EC2 console shows it): {aws}
SHA256: {sha}</source>
            <translation>Fingerprint (as the EC2 console shows it): {aws}
SHA256: {sha}</translation>
        </message>
        <message>
            <source>Your private key is the file {path}</source>
            <translation>Your private key is the file {path}</translation>
        </message>
        <message>
            <source>SSH key</source>
            <translation>SSH key</translation>
        </message>
        <message>
            <source>Step 3 of the guide: the key that lets only you log in.</source>
            <translation>Step 3 of the guide: the key that lets only you log in.</translation>
        </message>
        <message>
            <source>An SSH key has two halves. The private key stays on this computer; the public key goes to AWS, which puts it on your machine so that only this computer can log in. The app makes the key for you (no terminal needed) and imports the public half into your region.</source>
            <translation>An SSH key has two halves. The private key stays on this computer; the public key goes to AWS, which puts it on your machine so that only this computer can log in. The app makes the key for you (no terminal needed) and imports the public half into your region.</translation>
        </message>
        <message>
            <source>Which key</source>
            <translation>Which key</translation>
        </message>
        <message>
            <source>&amp;Make a key for this app (recommended)</source>
            <translation>&amp;Make a key for this app (recommended)</translation>
        </message>
        <message>
            <source>&amp;Use one of my keys in ~/.ssh</source>
            <translation>&amp;Use one of my keys in ~/.ssh</translation>
        </message>
        <message>
            <source>Your SSH keys</source>
            <translation>Your SSH keys</translation>
        </message>
        <message>
            <source>&amp;Prepare the key and import it into AWS</source>
            <translation>&amp;Prepare the key and import it into AWS</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>Your key</translation>
        </message>
        <message>
            <source>Keep the private key file private: never send it to anyone or upload it. Whoever has it can log in to your machine.</source>
            <translation>Keep the private key file private: never send it to anyone or upload it. Whoever has it can log in to your machine.</translation>
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
        <message>
            <source>The key file {path} could not be made readable by your Windows account only.</source>
            <translation>The key file {path} could not be made readable by your Windows account only.</translation>
        </message>
        <message>
            <source>Try again. If it happens again, check that your Windows account may change the permissions of files in that folder.</source>
            <translation>Try again. If it happens again, check that your Windows account may change the permissions of files in that folder.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>The instance an earlier launch made was deleted in the meantime.</source>
            <translation>The instance an earlier launch made was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Launch again: the app starts afresh.</source>
            <translation>Launch again: the app starts afresh.</translation>
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
        <name>LaunchPage</name>
        <message>
            <source>The guide's type</source>
            <translation>The guide's type</translation>
        </message>
        <message>
            <source>Launch {type} anyway?</source>
            <translation>Launch {type} anyway?</translation>
        </message>
        <message>
            <source>Launch it anyway</source>
            <translation>Launch it anyway</translation>
        </message>
        <message>
            <source>The launch was cancelled after the instance was created.</source>
            <translation>The launch was cancelled after the instance was created.</translation>
        </message>
        <message>
            <source>Deep Learning AMI: {name} ({image})</source>
            <translation>Deep Learning AMI: {name} ({image})</translation>
        </message>
        <message>
            <source>The launch waits for AWS to raise your GPU quota ({value} of {needed} vCPUs). {request} Launch is enabled once it is approved; the app checks every few minutes.</source>
            <translation>The launch waits for AWS to raise your GPU quota ({value} of {needed} vCPUs). {request} Launch is enabled once it is approved; the app checks every few minutes.</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>&amp;Launch</translation>
        </message>
        <message>
            <source>&amp;Start your instance</source>
            <translation>&amp;Start your instance</translation>
        </message>
        <message>
            <source>&amp;Wait for your instance</source>
            <translation>&amp;Wait for your instance</translation>
        </message>
        <message>
            <source>starting up</source>
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
            <source>Your instance {instance} ({type}) is {state}.</source>
            <translation>Your instance {instance} ({type}) is {state}.</translation>
        </message>
        <message>
            <source>Ready for the next step: connecting with SSH.</source>
            <translation>Ready for the next step: connecting with SSH.</translation>
        </message>
        <message>
            <source>The price of this type could not be looked up.</source>
            <translation>The price of this type could not be looked up.</translation>
        </message>
        <message>
            <source>Running: about &lt;b&gt;{hourly} an hour&lt;/b&gt; (machine, address and disk).</source>
            <translation>Running: about &lt;b&gt;{hourly} an hour&lt;/b&gt; (machine, address and disk).</translation>
        </message>
        <message>
            <source>Stopped: about &lt;b&gt;{monthly} a month&lt;/b&gt; for the disk alone.</source>
            <translation>Stopped: about &lt;b&gt;{monthly} a month&lt;/b&gt; for the disk alone.</translation>
        </message>
        <message>
            <source>Spot machines usually cost much less; the price varies.</source>
            <translation>Spot machines usually cost much less; the price varies.</translation>
        </message>
        <message>
            <source>Launch the GPU machine</source>
            <translation>Launch the GPU machine</translation>
        </message>
        <message>
            <source>Step 4 of the guide: start an instance with Amazon's deep learning software.</source>
            <translation>Step 4 of the guide: start an instance with Amazon's deep learning software.</translation>
        </message>
        <message>
            <source>The app launches an instance from the newest Deep Learning AMI (PyTorch on Ubuntu, GPU drivers included), with your key and a firewall that lets only this computer in.</source>
            <translation>The app launches an instance from the newest Deep Learning AMI (PyTorch on Ubuntu, GPU drivers included), with your key and a firewall that lets only this computer in.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instance type</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>&amp;More options: disk size, spot, idle auto-stop</source>
            <translation>&amp;More options: disk size, spot, idle auto-stop</translation>
        </message>
        <message>
            <source>&amp;Disk size</source>
            <translation>&amp;Disk size</translation>
        </message>
        <message>
            <source>Spot instance: cheaper, but AWS may stop it at any time</source>
            <translation>Spot instance: cheaper, but AWS may stop it at any time</translation>
        </message>
        <message>
            <source>Stop by itself when idle (recommended)</source>
            <translation>Stop by itself when idle (recommended)</translation>
        </message>
        <message>
            <source>Idle means CPU below</source>
            <translation>Idle means CPU below</translation>
        </message>
        <message>
            <source>for (minutes)</source>
            <translation>for (minutes)</translation>
        </message>
        <message>
            <source>An AWS alarm stops the instance when it has been idle that long, in case you forget. Stopping keeps your work.</source>
            <translation>An AWS alarm stops the instance when it has been idle that long, in case you forget. Stopping keeps your work.</translation>
        </message>
        <message>
            <source>Check the quota again</source>
            <translation>Check the quota again</translation>
        </message>
    </context>
    <context>
        <name>Ledger</name>
        <message>
            <source>This month: about {total} (GPU {gpu}, disk {disk})</source>
            <translation>This month: about {total} (GPU {gpu}, disk {disk})</translation>
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
            <translation>Could not find out this computer's public internet address.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Check your internet connection, then try again.</translation>
        </message>
        <message>
            <source>Your web proxy shows the address {proxied}, but SSH to the instance goes directly from {direct}: the app allows SSH from {direct} only.</source>
            <translation>Your web proxy shows the address {proxied}, but SSH to the instance goes directly from {direct}: the app allows SSH from {direct} only.</translation>
        </message>
        <message>
            <source>This network reaches the internet only through a web proxy ({proxy}), but SSH to the instance needs a direct connection.</source>
            <translation>This network reaches the internet only through a web proxy ({proxy}), but SSH to the instance needs a direct connection.</translation>
        </message>
        <message>
            <source>Use another network (a phone's hotspot works), or ask the network's administrator to allow outgoing SSH (port 22).</source>
            <translation>Use another network (a phone's hotspot works), or ask the network's administrator to allow outgoing SSH (port 22).</translation>
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
        <name>Notebooks</name>
        <message>
            <source>Downloading your notebooks: {done} of {total}</source>
            <translation>Downloading your notebooks: {done} of {total}</translation>
        </message>
        <message>
            <source>The instance did not list your notebooks.</source>
            <translation>The instance did not list your notebooks.</translation>
        </message>
        <message>
            <source>Check that the course is installed, then try again.</source>
            <translation>Check that the course is installed, then try again.</translation>
        </message>
        <message>
            <source>The instance does not offer file transfer (SFTP).</source>
            <translation>The instance does not offer file transfer (SFTP).</translation>
        </message>
        <message>
            <source>Open the notebooks in Jupyter and use its Download command for each one.</source>
            <translation>Open the notebooks in Jupyter and use its Download command for each one.</translation>
        </message>
    </context>
    <context>
        <name>OfferTable</name>
        <message>
            <source>no price known</source>
            <translation>no price known</translation>
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
        <name>QuitDialog</name>
        <message>
            <source>Quit fastai launcher</source>
            <translation>Quit fastai launcher</translation>
        </message>
        <message>
            <source>Your GPU instance is still running.</source>
            <translation>Your GPU instance is still running.</translation>
        </message>
        <message>
            <source>{instance}

It costs money every minute it runs, even after this app quits. Stop it now? Your files stay on its disk.</source>
            <translation>{instance}

It costs money every minute it runs, even after this app quits. Stop it now? Your files stay on its disk.</translation>
        </message>
        <message>
            <source>Stop it and quit</source>
            <translation>Stop it and quit</translation>
        </message>
        <message>
            <source>Keep it running and quit</source>
            <translation>Keep it running and quit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Logging out</source>
            <translation>Logging out</translation>
        </message>
        <message>
            <source>{instance}

It keeps running, and costing, after you log out. Stop it now?</source>
            <translation>{instance}

It keeps running, and costing, after you log out. Stop it now?</translation>
        </message>
        <message>
            <source>Stop it</source>
            <translation>Stop it</translation>
        </message>
        <message>
            <source>Keep it running</source>
            <translation>Keep it running</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <source>Checking your GPU quota…</source>
            <translation>Checking your GPU quota…</translation>
        </message>
        <message>
            <source>In {region}, your account may run {value} vCPUs of “{name}”. A {type} needs {needed}.</source>
            <translation>In {region}, your account may run {value} vCPUs of “{name}”. A {type} needs {needed}.</translation>
        </message>
        <message>
            <source>Enough: nothing to request.</source>
            <translation>Enough: nothing to request.</translation>
        </message>
        <message>
            <source>Not enough yet: AWS must raise it before the launch.</source>
            <translation>Not enough yet: AWS must raise it before the launch.</translation>
        </message>
        <message numerus="yes">
            <source>Ask AWS for %n vCPU(s)</source>
            <translation>
                <numerusform>Ask AWS for %n vCPU</numerusform>
                <numerusform>Ask AWS for %n vCPUs</numerusform>
            </translation>
        </message>
        <message>
            <source>Your request: {status}</source>
            <translation>Your request: {status}</translation>
        </message>
        <message>
            <source>Checked at {time}.</source>
            <translation>Checked at {time}.</translation>
        </message>
        <message numerus="yes">
            <source>The app checks again every %n minute(s).</source>
            <translation>
                <numerusform>The app checks again every %n minute.</numerusform>
                <numerusform>The app checks again every %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>GPU quota</source>
            <translation>GPU quota</translation>
        </message>
        <message>
            <source>Step 2 of the guide: permission to run a GPU machine.</source>
            <translation>Step 2 of the guide: permission to run a GPU machine.</translation>
        </message>
        <message>
            <source>AWS limits how many GPU machines an account may run, counted in vCPUs per region; new accounts start at 0. When yours is too low, the app asks AWS for more with one click, as the guide's “[FastAI] Limit Increase Request” does. AWS usually answers within a few hours, sometimes a day or two. If AWS opens a support case, say it is for the fast.ai course.</source>
            <translation>AWS limits how many GPU machines an account may run, counted in vCPUs per region; new accounts start at 0. When yours is too low, the app asks AWS for more with one click, as the guide's “[FastAI] Limit Increase Request” does. AWS usually answers within a few hours, sometimes a day or two. If AWS opens a support case, say it is for the fast.ai course.</translation>
        </message>
        <message>
            <source>Your GPU quota</source>
            <translation>Your GPU quota</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Check &amp;again</translation>
        </message>
        <message>
            <source>While AWS decides, go on to the SSH key (Next), as the guide says. The launch waits for the approval.</source>
            <translation>While AWS decides, go on to the SSH key (Next), as the guide says. The launch waits for the approval.</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Reminders and logging off</source>
            <translation>Reminders and logging off</translation>
        </message>
        <message>
            <source>&amp;Remind me every (minutes):</source>
            <translation>&amp;Remind me every (minutes):</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>While your GPU instance runs, the app tells you this often that it is still running and what it has cost so far.</source>
            <translation>While your GPU instance runs, the app tells you this often that it is still running and what it has cost so far.</translation>
        </message>
        <message>
            <source>&amp;Louder reminder after (hours a day):</source>
            <translation>&amp;Louder reminder after (hours a day):</translation>
        </message>
        <message>
            <source>Once it has run this many hours in one day, the reminder becomes a louder warning.</source>
            <translation>Once it has run this many hours in one day, the reminder becomes a louder warning.</translation>
        </message>
        <message>
            <source>&amp;Stop my instance when I log off or shut down</source>
            <translation>&amp;Stop my instance when I log off or shut down</translation>
        </message>
        <message>
            <source>The app stops a running instance without asking first, so it does not run (and cost money) while you are away. Your files stay on its disk.</source>
            <translation>The app stops a running instance without asking first, so it does not run (and cost money) while you are away. Your files stay on its disk.</translation>
        </message>
    </context>
    <context>
        <name>SignInAgain</name>
        <message>
            <source>Sign in again to stop the instance</source>
            <translation>Sign in again to stop the instance</translation>
        </message>
        <message>
            <source>Your AWS sign-in has ended (it lasts up to 12 hours), so the app cannot stop {instance} yet.</source>
            <translation>Your AWS sign-in has ended (it lasts up to 12 hours), so the app cannot stop {instance} yet.</translation>
        </message>
        <message>
            <source>your instance</source>
            <translation>your instance</translation>
        </message>
        <message>
            <source>Sign in again in your browser and the app stops it at once. Until then it keeps running and costing; if you do nothing, its idle alarm on AWS stops it after it has been idle for the time you chose.</source>
            <translation>Sign in again in your browser and the app stops it at once. Until then it keeps running and costing; if you do nothing, its idle alarm on AWS stops it after it has been idle for the time you chose.</translation>
        </message>
        <message>
            <source>&amp;Sign in with your browser and stop</source>
            <translation>&amp;Sign in with your browser and stop</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Not signed in yet.</source>
            <translation>Not signed in yet.</translation>
        </message>
        <message>
            <source>Signed in to the AWS account {account} as {user}.</source>
            <translation>Signed in to the AWS account {account} as {user}.</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the secret in, so the app keeps it only until you quit. You will type it again next time.</source>
            <translation>This computer has no keyring to keep the secret in, so the app keeps it only until you quit. You will type it again next time.</translation>
        </message>
        <message>
            <source>Sign in to AWS</source>
            <translation>Sign in to AWS</translation>
        </message>
        <message>
            <source>Open this address in any browser, sign in, and paste the code the AWS page shows:
{url}</source>
            <translation>Open this address in any browser, sign in, and paste the code the AWS page shows:
{url}</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Step 1 of the guide: your AWS account.</source>
            <translation>Step 1 of the guide: your AWS account.</translation>
        </message>
        <message>
            <source>The GPU machine runs in your own AWS account. Sign in as you do on the AWS website: the app opens AWS's sign-in page in your browser and receives a sign-in that lasts up to 12 hours. No access key, no terminal.</source>
            <translation>The GPU machine runs in your own AWS account. Sign in as you do on the AWS website: the app opens AWS's sign-in page in your browser and receives a sign-in that lasts up to 12 hours. No access key, no terminal.</translation>
        </message>
        <message>
            <source>Sign in with your &amp;browser</source>
            <translation>Sign in with your &amp;browser</translation>
        </message>
        <message>
            <source>Sign in with your browser</source>
            <translation>Sign in with your browser</translation>
        </message>
        <message>
            <source>Use your usual AWS sign-in (the root user of a new account works too). Come back to this window once the page says so.</source>
            <translation>Use your usual AWS sign-in (the root user of a new account works too). Come back to this window once the page says so.</translation>
        </message>
        <message>
            <source>The browser did not come back to the app? Sign in with a &amp;code instead</source>
            <translation>The browser did not come back to the app? Sign in with a &amp;code instead</translation>
        </message>
        <message>
            <source>Sign in with a code</source>
            <translation>Sign in with a code</translation>
        </message>
        <message>
            <source>Co&amp;de</source>
            <translation>Co&amp;de</translation>
        </message>
        <message>
            <source>The code the AWS page shows</source>
            <translation>The code the AWS page shows</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>Permissions your IAM user needs</source>
            <translation>Permissions your IAM user needs</translation>
        </message>
        <message>
            <source>Attach these two policies to your IAM user in the IAM console (Users → your user → Add permissions), then sign in again:
• {aws_policy}, AWS's managed policy for signing in to apps on your computer
• the fastai-launcher policy: create it from the JSON the button copies</source>
            <translation>Attach these two policies to your IAM user in the IAM console (Users → your user → Add permissions), then sign in again:
• {aws_policy}, AWS's managed policy for signing in to apps on your computer
• the fastai-launcher policy: create it from the JSON the button copies</translation>
        </message>
        <message>
            <source>Copy the fastai-launcher &amp;policy</source>
            <translation>Copy the fastai-launcher &amp;policy</translation>
        </message>
        <message>
            <source>Open the &amp;IAM console</source>
            <translation>Open the &amp;IAM console</translation>
        </message>
        <message>
            <source>You signed in as the account's root user. That works here, but for everyday work an IAM user or IAM Identity Center is safer: &lt;a href="{url}"&gt;how to make one&lt;/a&gt;.</source>
            <translation>You signed in as the account's root user. That works here, but for everyday work an IAM user or IAM Identity Center is safer: &lt;a href="{url}"&gt;how to make one&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>&amp;Other ways to sign in: an access key or an AWS profile</source>
            <translation>&amp;Other ways to sign in: an access key or an AWS profile</translation>
        </message>
        <message>
            <source>No AWS account yet?</source>
            <translation>No AWS account yet?</translation>
        </message>
        <message>
            <source>Create an AWS &amp;account</source>
            <translation>Create an AWS &amp;account</translation>
        </message>
        <message>
            <source>Signing up asks for a credit card: the instance's use is billed to it (free credits, if you have any, are used first). AWS also checks your identity with a phone number it can call.</source>
            <translation>Signing up asks for a credit card: the instance's use is billed to it (free credits, if you have any, are used first). AWS also checks your identity with a phone number it can call.</translation>
        </message>
        <message>
            <source>How the app signs in</source>
            <translation>How the app signs in</translation>
        </message>
        <message>
            <source>&amp;Type an access key</source>
            <translation>&amp;Type an access key</translation>
        </message>
        <message>
            <source>Use an AWS p&amp;rofile on this computer</source>
            <translation>Use an AWS p&amp;rofile on this computer</translation>
        </message>
        <message>
            <source>Re&amp;member the key in this computer's keyring</source>
            <translation>Re&amp;member the key in this computer's keyring</translation>
        </message>
        <message>
            <source>AWS profile</source>
            <translation>AWS profile</translation>
        </message>
        <message>
            <source>Make one in the AWS console: IAM → Users → your user → Security credentials → Create access key.</source>
            <translation>Make one in the AWS console: IAM → Users → your user → Security credentials → Create access key.</translation>
        </message>
        <message>
            <source>Access key ID</source>
            <translation>Access key ID</translation>
        </message>
        <message>
            <source>Secret access key</source>
            <translation>Secret access key</translation>
        </message>
        <message>
            <source>Access key &amp;ID</source>
            <translation>Access key &amp;ID</translation>
        </message>
        <message>
            <source>&amp;Secret access key</source>
            <translation>&amp;Secret access key</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>AWS region</source>
            <translation>AWS region</translation>
        </message>
        <message>
            <source>Where the GPU machine will run. Choose one near you: the quota, the key and the machine all belong to this region.</source>
            <translation>Where the GPU machine will run. Choose one near you: the quota, the key and the machine all belong to this region.</translation>
        </message>
        <message>
            <source>Sign in and c&amp;heck</source>
            <translation>Sign in and c&amp;heck</translation>
        </message>
    </context>
    <context>
        <name>SshConfig</name>
        <message>
            <source>The path {path} cannot be written into an SSH configuration: OpenSSH would misread its quotation mark, line break or dollar sign before a brace.</source>
            <translation>The path {path} cannot be written into an SSH configuration: OpenSSH would misread its quotation mark, line break or dollar sign before a brace.</translation>
        </message>
        <message>
            <source>Move the file to a folder whose name has none of these characters, then choose it again.</source>
            <translation>Move the file to a folder whose name has none of these characters, then choose it again.</translation>
        </message>
        <message>
            <source>The fastai-launcher section of {path} has lost its end line.</source>
            <translation>The fastai-launcher section of {path} has lost its end line.</translation>
        </message>
        <message>
            <source>Delete the section from that file by hand, then try again.</source>
            <translation>Delete the section from that file by hand, then try again.</translation>
        </message>
    </context>
    <context>
        <name>StartNotices</name>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>The damaged file is kept as {path}.</translation>
        </message>
        <message>
            <source>The app's saved progress was damaged. It was recovered from its last good copy ({path}): your region, sign-in and instance are remembered.</source>
            <translation>The app's saved progress was damaged. It was recovered from its last good copy ({path}): your region, sign-in and instance are remembered.</translation>
        </message>
        <message>
            <source>The app's saved progress was damaged and no good copy was found: it starts again from the beginning. Once you sign in, it finds your instance again by its tag.</source>
            <translation>The app's saved progress was damaged and no good copy was found: it starts again from the beginning. Once you sign in, it finds your instance again by its tag.</translation>
        </message>
        <message>
            <source>Some saved values were not ones the app allows and were reset to their defaults: {fields}. Check them on the launch page.</source>
            <translation>Some saved values were not ones the app allows and were reset to their defaults: {fields}. Check them on the launch page.</translation>
        </message>
        <message>
            <source>Saved progress</source>
            <translation>Saved progress</translation>
        </message>
    </context>
    <context>
        <name>StopDialog</name>
        <message>
            <source>&amp;Stop the instance</source>
            <translation>&amp;Stop the instance</translation>
        </message>
        <message>
            <source>The disk ({size} GB) is still billed while stopped: about {monthly} a month.</source>
            <translation>The disk ({size} GB) is still billed while stopped: about {monthly} a month.</translation>
        </message>
        <message>
            <source>Jupyter and the connection close. The disk keeps everything on it: fastai, the course and your notebooks (a running kernel's variables are lost). The app never terminates (deletes) the instance; start it again from this app.</source>
            <translation>Jupyter and the connection close. The disk keeps everything on it: fastai, the course and your notebooks (a running kernel's variables are lost). The app never terminates (deletes) the instance; start it again from this app.</translation>
        </message>
        <message>
            <source>The disk is still billed while stopped.</source>
            <translation>The disk is still billed while stopped.</translation>
        </message>
        <message>
            <source>Stop the instance</source>
            <translation>Stop the instance</translation>
        </message>
        <message>
            <source>Stop {instance}?</source>
            <translation>Stop {instance}?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Download %n changed notebook(s) to this computer first</source>
            <translation>
                <numerusform>&amp;Download %n changed notebook to this computer first</numerusform>
                <numerusform>&amp;Download %n changed notebooks to this computer first</numerusform>
            </translation>
        </message>
        <message>
            <source>The instance {instance} may be running: it costs money while it runs. Stop it now? (Stopping keeps it; you can start it again.)</source>
            <translation>The instance {instance} may be running: it costs money while it runs. Stop it now? (Stopping keeps it; you can start it again.)</translation>
        </message>
        <message>
            <source>Its idle auto-stop could not be set: if you keep it, it runs until you stop it.</source>
            <translation>Its idle auto-stop could not be set: if you keep it, it runs until you stop it.</translation>
        </message>
        <message>
            <source>Stop the instance?</source>
            <translation>Stop the instance?</translation>
        </message>
        <message>
            <source>&amp;Keep it running</source>
            <translation>&amp;Keep it running</translation>
        </message>
    </context>
    <context>
        <name>StopPage</name>
        <message>
            <source>your instance</source>
            <translation>your instance</translation>
        </message>
        <message>
            <source>starting up</source>
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
            <source>The app has no instance in this region.</source>
            <translation>The app has no instance in this region.</translation>
        </message>
        <message>
            <source>Your instance {instance} ({type}) is {state}.</source>
            <translation>Your instance {instance} ({type}) is {state}.</translation>
        </message>
        <message>
            <source>Stop when you are done</source>
            <translation>Stop when you are done</translation>
        </message>
        <message>
            <source>Step 7 of the guide: stop, never terminate.</source>
            <translation>Step 7 of the guide: stop, never terminate.</translation>
        </message>
        <message>
            <source>AWS bills the instance for every second it runs, used or not. Always stop it when you finish working. Stopping is like shutting down a computer: everything stays on its disk. Terminating would delete it all, so the app never does that.</source>
            <translation>AWS bills the instance for every second it runs, used or not. Always stop it when you finish working. Stopping is like shutting down a computer: everything stays on its disk. Terminating would delete it all, so the app never does that.</translation>
        </message>
        <message>
            <source>&amp;Stop the instance</source>
            <translation>&amp;Stop the instance</translation>
        </message>
        <message>
            <source>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</source>
            <translation>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</translation>
        </message>
        <message>
            <source>Stopped. To work again, start this app: its home screen has Open Jupyter, one click that starts the instance, connects and opens Jupyter (about two minutes). Your notebooks are where you left them.</source>
            <translation>Stopped. To work again, start this app: its home screen has Open Jupyter, one click that starts the instance, connects and opens Jupyter (about two minutes). Your notebooks are where you left them.</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the running step</source>
            <translation>Cancel the running step</translation>
        </message>
        <message>
            <source>Time so far</source>
            <translation>Time so far</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
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
            <translation>the step “{name}”</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Jupyter</source>
            <translation>Open Jupyter</translation>
        </message>
        <message>
            <source>Stop instance</source>
            <translation>Stop instance</translation>
        </message>
        <message>
            <source>Download my notebooks</source>
            <translation>Download my notebooks</translation>
        </message>
        <message>
            <source>Snooze 30 minutes</source>
            <translation>Snooze 30 minutes</translation>
        </message>
        <message>
            <source>Show window</source>
            <translation>Show window</translation>
        </message>
        <message>
            <source>Reminders…</source>
            <translation>Reminders…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
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
        <name>UpdateDialog</name>
        <message>
            <source>about {hourly} an hour</source>
            <translation>about {hourly} an hour</translation>
        </message>
        <message>
            <source>its hourly price</source>
            <translation>its hourly price</translation>
        </message>
        <message>
            <source>The instance is stopped: the update starts it first, and it costs {hourly} from then until you stop it.</source>
            <translation>The instance is stopped: the update starts it first, and it costs {hourly} from then until you stop it.</translation>
        </message>
        <message>
            <source>Your changed and new notebooks are copied to ~/{folder} before anything changes (which ones is known once the instance runs).</source>
            <translation>Your changed and new notebooks are copied to ~/{folder} before anything changes (which ones is known once the instance runs).</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>These changed or new notebooks of yours are copied to ~/{folder} first, then the course is updated: {files}</source>
            <translation>These changed or new notebooks of yours are copied to ~/{folder} first, then the course is updated: {files}</translation>
        </message>
        <message>
            <source>You changed no notebook of the course: nothing needs to be kept.</source>
            <translation>You changed no notebook of the course: nothing needs to be kept.</translation>
        </message>
        <message>
            <source>Nothing of yours is deleted or hidden: Jupyter shows the copies in my-work.</source>
            <translation>Nothing of yours is deleted or hidden: Jupyter shows the copies in my-work.</translation>
        </message>
        <message>
            <source>Update the course</source>
            <translation>Update the course</translation>
        </message>
        <message>
            <source>Update the course on {instance}?</source>
            <translation>Update the course on {instance}?</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Update</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <source>Sign in to your AWS account in your browser, as on the AWS website.</source>
            <translation>Sign in to your AWS account in your browser, as on the AWS website.</translation>
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
            <translation>Steps</translation>
        </message>
    </context>
</TS>
