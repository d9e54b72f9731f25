<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>AutoStop</name>
        <message>
            <source>The idle CPU level must be between 0 and 100 %, not {percent}.</source>
            <translation>유휴 CPU 기준은 0~100 % 사이여야 합니다({percent}는 사용할 수 없습니다).</translation>
        </message>
        <message>
            <source>Choose a level such as 5 %.</source>
            <translation>5 % 같은 값을 고르세요.</translation>
        </message>
        <message>
            <source>The idle time must be between 5 minutes and 24 hours, not {minutes} minutes.</source>
            <translation>유휴 시간은 5분에서 24시간 사이여야 합니다({minutes}분은 사용할 수 없습니다).</translation>
        </message>
        <message>
            <source>Choose a time such as 60 minutes.</source>
            <translation>60분 같은 시간을 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>AwsErrors</name>
        <message>
            <source>AWS has no free capacity for this GPU type in this availability zone right now.</source>
            <translation>지금 이 가용 영역에는 이 GPU 유형의 남는 용량이 AWS에 없습니다.</translation>
        </message>
        <message>
            <source>Try again in a few minutes, or choose another region or GPU type.</source>
            <translation>몇 분 뒤에 다시 시도하거나, 다른 리전 또는 GPU 유형을 고르세요.</translation>
        </message>
        <message>
            <source>Your account's vCPU quota for this instance type in {region} is too low to start it.</source>
            <translation>{region}에서 이 인스턴스 유형에 대한 계정의 vCPU 할당량이 부족해 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Request a quota increase in the GPU quota step, or stop your other running instances.</source>
            <translation>GPU 할당량 단계에서 증가를 요청하거나, 실행 중인 다른 인스턴스를 중지하세요.</translation>
        </message>
        <message>
            <source>Your account may not run more instances of this type in {region}.</source>
            <translation>{region}에서 이 유형의 인스턴스를 더 실행할 수 없습니다.</translation>
        </message>
        <message>
            <source>Stop an instance you no longer use, or request a quota increase in the GPU quota step.</source>
            <translation>쓰지 않는 인스턴스를 중지하거나, GPU 할당량 단계에서 증가를 요청하세요.</translation>
        </message>
        <message>
            <source>Your AWS user is not allowed to do this ({operation}).</source>
            <translation>AWS 사용자에게 이 작업({operation}) 권한이 없습니다.</translation>
        </message>
        <message>
            <source>Ask the account's administrator to attach the fastai-launcher IAM policy to your user.</source>
            <translation>계정 관리자에게 사용자에 fastai-launcher IAM 정책을 연결해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>AWS did not accept these credentials.</source>
            <translation>AWS가 이 자격 증명을 받아들이지 않았습니다.</translation>
        </message>
        <message>
            <source>Check the access key ID and secret, or create a new access key in the IAM console.</source>
            <translation>액세스 키 ID와 비밀 키를 확인하거나, IAM 콘솔에서 새 액세스 키를 만드세요.</translation>
        </message>
        <message>
            <source>AWS does not know this access key ID.</source>
            <translation>AWS에 없는 액세스 키 ID입니다.</translation>
        </message>
        <message>
            <source>Check the access key ID for typos, or create a new access key in the IAM console.</source>
            <translation>액세스 키 ID에 오타가 없는지 확인하거나, IAM 콘솔에서 새 액세스 키를 만드세요.</translation>
        </message>
        <message>
            <source>AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.</source>
            <translation>AWS가 요청 서명을 거부했습니다. 비밀 액세스 키가 틀렸거나 이 컴퓨터의 시계가 맞지 않습니다.</translation>
        </message>
        <message>
            <source>Check the secret access key. If it is right, let your computer set its clock automatically: AWS allows only a few minutes of difference.</source>
            <translation>비밀 액세스 키를 확인하세요. 키가 맞다면 컴퓨터 시계를 자동으로 맞추도록 설정하세요. AWS는 몇 분 차이만 허용합니다.</translation>
        </message>
        <message>
            <source>Your temporary AWS credentials have expired.</source>
            <translation>임시 AWS 자격 증명이 만료되었습니다.</translation>
        </message>
        <message>
            <source>Sign in again (for an SSO profile: aws sso login), then try again.</source>
            <translation>다시 로그인한 뒤(SSO 프로필은 aws sso login) 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This AWS account cannot use EC2 in {region} yet: the sign-up is not finished or the region is not enabled.</source>
            <translation>이 AWS 계정은 아직 {region}에서 EC2를 쓸 수 없습니다. 가입이 끝나지 않았거나 리전이 활성화되지 않았습니다.</translation>
        </message>
        <message>
            <source>Finish the account sign-up (payment method and phone check) or enable the region in the AWS console; new accounts can take a few minutes.</source>
            <translation>계정 가입(결제 수단, 전화 인증)을 마치거나 AWS 콘솔에서 리전을 활성화하세요. 새 계정은 몇 분 걸릴 수 있습니다.</translation>
        </message>
        <message>
            <source>A key pair with this name already exists in {region}.</source>
            <translation>{region}에 같은 이름의 키 페어가 이미 있습니다.</translation>
        </message>
        <message>
            <source>Try again: the app then picks a new name and leaves the old key alone.</source>
            <translation>다시 시도하세요. 앱이 새 이름을 고르고 기존 키는 그대로 둡니다.</translation>
        </message>
        <message>
            <source>The Deep Learning AMI was not found in {region}; it may have been retired.</source>
            <translation>{region}에서 Deep Learning AMI를 찾지 못했습니다. 지원이 끝났을 수 있습니다.</translation>
        </message>
        <message>
            <source>Try again: the app looks up the newest AMI again.</source>
            <translation>다시 시도하세요. 앱이 최신 AMI를 다시 찾습니다.</translation>
        </message>
        <message>
            <source>AWS received too many requests and asked us to slow down.</source>
            <translation>요청이 너무 많아 AWS가 속도를 늦춰 달라고 했습니다.</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>1분쯤 기다린 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This instance type is not offered in this availability zone.</source>
            <translation>이 가용 영역에서는 이 인스턴스 유형을 제공하지 않습니다.</translation>
        </message>
        <message>
            <source>Choose another region or GPU type.</source>
            <translation>다른 리전이나 GPU 유형을 고르세요.</translation>
        </message>
        <message>
            <source>An earlier launch with the same request token used different settings.</source>
            <translation>같은 요청 토큰을 쓴 이전 시작 요청의 설정이 다릅니다.</translation>
        </message>
        <message>
            <source>Look for the earlier instance on the home page, or start a new launch with new settings.</source>
            <translation>홈 화면에서 이전 인스턴스를 찾거나, 새 설정으로 다시 시작하세요.</translation>
        </message>
        <message>
            <source>AWS cannot be reached ({endpoint}).</source>
            <translation>AWS에 연결할 수 없습니다({endpoint}).</translation>
        </message>
        <message>
            <source>Check your internet connection (and proxy or firewall), then try again.</source>
            <translation>인터넷 연결(프록시, 방화벽 포함)을 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>AWS refused the action {action} on {resource}.</source>
            <translation>AWS가 {resource}에 대한 {action} 작업을 거부했습니다.</translation>
        </message>
        <message>
            <source>No AWS credentials were found.</source>
            <translation>AWS 자격 증명을 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile or an access key first.</source>
            <translation>먼저 AWS 프로필이나 액세스 키로 로그인하세요.</translation>
        </message>
        <message>
            <source>The AWS request failed: {problem}</source>
            <translation>AWS 요청이 실패했습니다: {problem}</translation>
        </message>
        <message>
            <source>AWS refused {operation}: {code}: {aws_message}</source>
            <translation>AWS가 {operation}을(를) 거부했습니다: {code}: {aws_message}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>fastai-launcher hit a bug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside the app. You can keep using it, but if something looks wrong, restart it. This does not stop your AWS machine: if it was running, it is still running and still costs money.

To help us fix this, copy the details below (they contain no keys or passwords) and send them with a short note of what you were doing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>That is much longer than an access key: the key ID has 20 characters and the secret 40.</source>
            <translation>액세스 키보다 훨씬 깁니다. 키 ID는 20자, 비밀 키는 40자입니다.</translation>
        </message>
        <message>
            <source>Paste only the key ID into the first field and only the secret into the second.</source>
            <translation>첫 칸에는 키 ID만, 둘째 칸에는 비밀 키만 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).</source>
            <translation>액세스 키 ID는 대문자와 숫자 20자이며 AKIA(또는 ASIA)로 시작합니다.</translation>
        </message>
        <message>
            <source>Copy the key ID again from the IAM console or the downloaded .csv file.</source>
            <translation>IAM 콘솔이나 내려받은 .csv 파일에서 키 ID를 다시 복사하세요.</translation>
        </message>
        <message>
            <source>A secret access key has exactly 40 characters: letters, digits, / and +.</source>
            <translation>비밀 액세스 키는 정확히 40자이며 영문자, 숫자, /, +로 되어 있습니다.</translation>
        </message>
        <message>
            <source>Copy the secret again; it is shown only once, when the key is created. If it is lost, create a new access key.</source>
            <translation>비밀 키를 다시 복사하세요. 비밀 키는 키를 만들 때 한 번만 보입니다. 잃어버렸다면 새 액세스 키를 만드세요.</translation>
        </message>
        <message>
            <source>This computer has no secure password store (keyring), so the secret key cannot be saved safely.</source>
            <translation>이 컴퓨터에는 안전한 암호 저장소(키링)가 없어 비밀 키를 안전하게 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>Use the key for this session only (you will enter it again next time), or sign in with an AWS CLI profile.</source>
            <translation>이번 실행에서만 키를 쓰거나(다음에 다시 입력), AWS CLI 프로필로 로그인하세요.</translation>
        </message>
        <message>
            <source>The SSO sign-in of profile {profile} has expired or is missing.</source>
            <translation>프로필 {profile}의 SSO 로그인이 만료되었거나 없습니다.</translation>
        </message>
        <message>
            <source>Sign in again: run {command} in a terminal, then try again.</source>
            <translation>다시 로그인하세요. 터미널에서 {command}을(를) 실행한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>There is no AWS profile named {profile}.</source>
            <translation>{profile}이라는 AWS 프로필이 없습니다.</translation>
        </message>
        <message>
            <source>Choose one of the listed profiles, or run aws configure.</source>
            <translation>목록에 있는 프로필을 고르거나 aws configure를 실행하세요.</translation>
        </message>
        <message>
            <source>The AWS profile has an access key ID without its secret.</source>
            <translation>AWS 프로필에 액세스 키 ID만 있고 비밀 키가 없습니다.</translation>
        </message>
        <message>
            <source>These are the account's root user credentials. The app does not launch with them: root can do anything in the account, and a leaked root key cannot be limited.</source>
            <translation>계정의 루트 사용자 자격 증명입니다. 앱은 루트로 인스턴스를 시작하지 않습니다. 루트는 계정의 모든 일을 할 수 있고, 유출된 루트 키는 권한을 제한할 수 없기 때문입니다.</translation>
        </message>
        <message>
            <source>Create an IAM user with the fastai-launcher policy in the IAM console ({url}), make an access key for it, and sign in with that key.</source>
            <translation>IAM 콘솔({url})에서 fastai-launcher 정책을 붙인 IAM 사용자를 만들고, 그 사용자의 액세스 키로 로그인하세요.</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dlami</name>
        <message>
            <source>No Deep Learning AMI with PyTorch on Ubuntu was found in this region.</source>
            <translation>이 리전에서 PyTorch가 설치된 Ubuntu용 Deep Learning AMI를 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Choose another region, such as us-west-2 (Oregon), and try again.</source>
            <translation>us-west-2(오리건) 같은 다른 리전을 골라 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Try again. If it keeps happening, copy the details and ask for help.</source>
            <translation>다시 시도하세요. 계속 그렇다면 자세한 내용을 복사해 도움을 요청하세요.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>취소했습니다.</translation>
        </message>
        <message>
            <source>This took too long and was stopped.</source>
            <translation>너무 오래 걸려서 멈췄습니다.</translation>
        </message>
        <message>
            <source>Waiting for this took too long ({seconds} s): {what}</source>
            <translation>기다리는 시간이 너무 길었습니다({seconds}초): {what}</translation>
        </message>
        <message>
            <source>Check your network connection, then try again.</source>
            <translation>네트워크 연결을 확인한 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>Your instance {instance} is in the region {region}; the app works in that region while the instance exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the region, or delete the instance in the EC2 console first if you no longer need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the credentials with AWS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting ready</source>
            <extracomment>The order of the guide; a step's successor is where the user resumes after it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in to AWS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the GPU quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the SSH key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Launching the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting securely to the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installing the course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting Jupyter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jupyter is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not signed in to AWS.</source>
            <extracomment>Developer option, next to `FASTAI_LAUNCHER_SSH_ENDPOINT`: the login user on the instance (`ubuntu` on a Deep Learning AMI). The sandbox sets it to its sshd's user.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with an AWS profile or an access key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No AWS region is chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a region on the sign-in page.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HostKeys</name>
        <message>
            <source>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect only if you trust this fingerprint, for example because it matches the one in the EC2 console's system log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not connect. Try again from another network; if it happens again, stop the instance from the EC2 console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the instance's identity from its console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance at {host}:{port} does not answer SSH yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait a minute for it to finish starting, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstanceState</name>
        <message>
            <source>starting up</source>
            <extracomment>Every state an instance passes through before it is gone for good.</extracomment>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>stopping</source>
            <translation>중지 중</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>being deleted</source>
            <translation>삭제 중</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
    </context>
    <context>
        <name>InstanceTypes</name>
        <message>
            <source>The guide's type. Its NVIDIA K80 GPU is retired: current Deep Learning AMIs do not support it, and AWS is phasing it out. Choose it only if you know why.</source>
            <translation>안내서에 나온 유형입니다. NVIDIA K80 GPU는 지원이 끝나 현재 Deep Learning AMI에서 쓸 수 없고, AWS도 단계적으로 없애고 있습니다. 이유가 분명할 때만 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>Jupyter</name>
        <message>
            <source>Starting Jupyter on the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jupyter to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping Jupyter on the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jupyter to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jupyter did not start on the instance (port {port}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the course installation again; its log on the instance is in ~/.fastai-launcher/.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyPairs</name>
        <message>
            <source>The computer name “{host}” has no Latin letters or digits, so it cannot name the AWS key pair.</source>
            <translation>컴퓨터 이름 “{host}”에는 영문자나 숫자가 없어 AWS 키 페어 이름으로 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Type a name for this computer using English letters, digits, - or _.</source>
            <translation>영문자, 숫자, -, _로 이 컴퓨터의 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>This is not an OpenSSH public key of a kind AWS accepts.</source>
            <translation>AWS가 받는 형식의 OpenSSH 공개 키가 아닙니다.</translation>
        </message>
        <message>
            <source>Use an ed25519 or RSA public key line, starting “ssh-ed25519” or “ssh-rsa”.</source>
            <translation>“ssh-ed25519” 또는 “ssh-rsa”로 시작하는 ed25519나 RSA 공개 키 한 줄을 쓰세요.</translation>
        </message>
        <message>
            <source>There are already {count} key pairs named after this computer.</source>
            <translation>이 컴퓨터 이름을 딴 키 페어가 이미 {count}개 있습니다.</translation>
        </message>
        <message>
            <source>Delete the key pairs you no longer use in the EC2 console, then try again.</source>
            <translation>EC2 콘솔에서 쓰지 않는 키 페어를 지운 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The passphrase for the key {path} is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key {path} is protected by a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase you chose when you made this key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A key already exists at {path}; it was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use that key, or choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} is not an SSH private key this app can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another key, or let the app make a new key for you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>Stopped waiting. The instance {instance} was launched and is still starting.</source>
            <extracomment>Errors after which another availability zone may have what this one lacks.</extracomment>
            <translation>기다리기를 멈췄습니다. 인스턴스 {instance}는 이미 시작되었고 아직 준비 중입니다.</translation>
        </message>
        <message>
            <source>Stop it now if you do not want to use it: it costs money while it runs.</source>
            <translation>쓰지 않을 거라면 지금 중지하세요. 실행되는 동안 요금이 나갑니다.</translation>
        </message>
        <message>
            <source>Asking AWS for the instance</source>
            <translation>AWS에 인스턴스를 요청하는 중</translation>
        </message>
        <message>
            <source>Trying availability zone {zone}</source>
            <translation>가용 영역 {zone}에서 시도하는 중</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>인스턴스를 시작하는 중</translation>
        </message>
        <message>
            <source>The instance is running</source>
            <translation>인스턴스가 실행 중입니다</translation>
        </message>
        <message>
            <source>The instance is ready</source>
            <translation>인스턴스가 준비되었습니다</translation>
        </message>
        <message>
            <source>Waiting for AWS's status checks</source>
            <translation>AWS 상태 검사를 기다리는 중</translation>
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
            <translation>인스턴스 {instance}의 상태가 {wanted}이(가) 아니라 {state}입니다: {reason}</translation>
        </message>
        <message>
            <source>Look at the instance in the EC2 console, then try again.</source>
            <translation>EC2 콘솔에서 인스턴스를 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>인스턴스를 시작하는 중</translation>
        </message>
        <message>
            <source>Stopping the instance</source>
            <translation>인스턴스를 중지하는 중</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>fastai launcher: a GPU for the fast.ai course</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Could not find out this computer's public internet address.</source>
            <extracomment>Returns the body of CHECKIP_URL: the caller's public address and a newline.</extracomment>
            <translation>이 컴퓨터의 공인 인터넷 주소를 알아내지 못했습니다.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>인터넷 연결을 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The address service gave an answer that is not an IP address.</source>
            <translation>주소 확인 서비스가 IP 주소가 아닌 답을 보냈습니다.</translation>
        </message>
        <message>
            <source>A captive portal (hotel or café Wi-Fi sign-in) may be in the way: sign in there, then try again.</source>
            <translation>호텔이나 카페 Wi-Fi 로그인 페이지가 가로막고 있을 수 있습니다. 그곳에서 로그인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This region has no default VPC to launch into.</source>
            <translation>이 리전에는 인스턴스를 시작할 기본 VPC가 없습니다.</translation>
        </message>
        <message>
            <source>In the VPC console choose Actions → Create default VPC, or choose another region.</source>
            <translation>VPC 콘솔에서 작업 → 기본 VPC 생성을 고르거나, 다른 리전을 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>Pricing</name>
        <message>
            <source>AWS price list, {date}</source>
            <translation>AWS 가격표, {date}</translation>
        </message>
        <message>
            <source>AWS price list as saved on {date}</source>
            <translation>{date}에 저장한 AWS 가격표</translation>
        </message>
        <message>
            <source>Price table shipped with the app, as of {date}: may be out of date</source>
            <translation>앱에 들어 있는 가격표({date} 기준): 지금과 다를 수 있음</translation>
        </message>
    </context>
    <context>
        <name>Quotas</name>
        <message>
            <source>{instance_type} is not a GPU instance type.</source>
            <translation>{instance_type}은(는) GPU 인스턴스 유형이 아닙니다.</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS has not decided yet.</source>
            <translation>vCPU {desired}개를 요청했습니다. AWS가 아직 결정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS Support opened case {case_id} and will answer by e-mail.</source>
            <translation>vCPU {desired}개를 요청했습니다. AWS Support가 케이스 {case_id}를 열었고 이메일로 답할 것입니다.</translation>
        </message>
        <message>
            <source>Approved: you may now run {desired} vCPUs.</source>
            <translation>승인되었습니다. 이제 vCPU {desired}개까지 실행할 수 있습니다.</translation>
        </message>
        <message>
            <source>AWS did not approve the request ({status}). Read the support case in the AWS console; you can ask again with a short reason (the fast.ai course).</source>
            <translation>AWS가 요청을 승인하지 않았습니다({status}). AWS 콘솔에서 지원 케이스를 읽어 보세요. 짧은 사유(fast.ai 강의 수강)를 적어 다시 요청할 수 있습니다.</translation>
        </message>
        <message>
            <source>Your spot quota was raised, but the on-demand quota is still 0: a normal (on-demand) launch will fail. Request the on-demand quota too, or launch as spot.</source>
            <translation>스팟 할당량은 늘었지만 온디맨드 할당량은 아직 0입니다. 일반(온디맨드) 시작은 실패합니다. 온디맨드 할당량도 요청하거나 스팟으로 시작하세요.</translation>
        </message>
        <message>
            <source>Your on-demand quota is raised, but the spot quota is 0: a spot launch will fail.</source>
            <translation>온디맨드 할당량은 늘었지만 스팟 할당량은 0입니다. 스팟 시작은 실패합니다.</translation>
        </message>
    </context>
    <context>
        <name>RecipeSteps</name>
        <message>
            <source>Get the course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install Miniforge (conda)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the fastai v1 environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update fastai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install fastai and Jupyter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recipes</name>
        <message>
            <source>Starting the installation on the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance did not run the app's command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance's disk is not full, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <source>US East (N. Virginia)</source>
            <translation>미국 동부(버지니아 북부)</translation>
        </message>
        <message>
            <source>US East (Ohio)</source>
            <translation>미국 동부(오하이오)</translation>
        </message>
        <message>
            <source>US West (N. California)</source>
            <translation>미국 서부(캘리포니아 북부)</translation>
        </message>
        <message>
            <source>US West (Oregon)</source>
            <translation>미국 서부(오리건)</translation>
        </message>
        <message>
            <source>Africa (Cape Town)</source>
            <translation>아프리카(케이프타운)</translation>
        </message>
        <message>
            <source>Asia Pacific (Hong Kong)</source>
            <translation>아시아 태평양(홍콩)</translation>
        </message>
        <message>
            <source>Asia Pacific (Mumbai)</source>
            <translation>아시아 태평양(뭄바이)</translation>
        </message>
        <message>
            <source>Asia Pacific (Hyderabad)</source>
            <translation>아시아 태평양(하이데라바드)</translation>
        </message>
        <message>
            <source>Asia Pacific (Singapore)</source>
            <translation>아시아 태평양(싱가포르)</translation>
        </message>
        <message>
            <source>Asia Pacific (Sydney)</source>
            <translation>아시아 태평양(시드니)</translation>
        </message>
        <message>
            <source>Asia Pacific (Jakarta)</source>
            <translation>아시아 태평양(자카르타)</translation>
        </message>
        <message>
            <source>Asia Pacific (Melbourne)</source>
            <translation>아시아 태평양(멜버른)</translation>
        </message>
        <message>
            <source>Asia Pacific (Malaysia)</source>
            <translation>아시아 태평양(말레이시아)</translation>
        </message>
        <message>
            <source>Asia Pacific (Thailand)</source>
            <translation>아시아 태평양(태국)</translation>
        </message>
        <message>
            <source>Asia Pacific (Tokyo)</source>
            <translation>아시아 태평양(도쿄)</translation>
        </message>
        <message>
            <source>Asia Pacific (Seoul)</source>
            <translation>아시아 태평양(서울)</translation>
        </message>
        <message>
            <source>Asia Pacific (Osaka)</source>
            <translation>아시아 태평양(오사카)</translation>
        </message>
        <message>
            <source>Canada (Central)</source>
            <translation>캐나다(중부)</translation>
        </message>
        <message>
            <source>Canada West (Calgary)</source>
            <translation>캐나다 서부(캘거리)</translation>
        </message>
        <message>
            <source>Europe (Frankfurt)</source>
            <translation>유럽(프랑크푸르트)</translation>
        </message>
        <message>
            <source>Europe (Zurich)</source>
            <translation>유럽(취리히)</translation>
        </message>
        <message>
            <source>Europe (Ireland)</source>
            <translation>유럽(아일랜드)</translation>
        </message>
        <message>
            <source>Europe (London)</source>
            <translation>유럽(런던)</translation>
        </message>
        <message>
            <source>Europe (Paris)</source>
            <translation>유럽(파리)</translation>
        </message>
        <message>
            <source>Europe (Milan)</source>
            <translation>유럽(밀라노)</translation>
        </message>
        <message>
            <source>Europe (Spain)</source>
            <translation>유럽(스페인)</translation>
        </message>
        <message>
            <source>Europe (Stockholm)</source>
            <translation>유럽(스톡홀름)</translation>
        </message>
        <message>
            <source>Israel (Tel Aviv)</source>
            <translation>이스라엘(텔아비브)</translation>
        </message>
        <message>
            <source>Middle East (Bahrain)</source>
            <translation>중동(바레인)</translation>
        </message>
        <message>
            <source>Middle East (UAE)</source>
            <translation>중동(UAE)</translation>
        </message>
        <message>
            <source>Mexico (Central)</source>
            <translation>멕시코(중부)</translation>
        </message>
        <message>
            <source>South America (São Paulo)</source>
            <translation>남아메리카(상파울루)</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Connecting to {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a command on the instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} could not be written on the instance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance's disk is not full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnect; work running on the instance goes on meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance refused the key {fingerprint} for the user {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance was launched with the key pair made from this key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance at {host}:{port} did not accept an SSH connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance is running and that the security group lets your address in, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something unexpected went wrong ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again. If it happens again, copy the details and report the problem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the step “{name}”</source>
            <extracomment>Reported and the worker has returned: nothing more will happen.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tunnel</name>
        <message>
            <source>Cannot reach the instance at {address}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance is running and that your network is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the instance was lost ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting by itself; nothing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance answered with a host key we do not trust ({fingerprint}). Someone may be intercepting the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not continue. Check the instance in the AWS console and verify its host key again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instance refused our SSH key for the user {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the instance was launched with this app's key pair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free local port from {first} to {last} for the tunnel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the program using these ports (another Jupyter?) and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own GPU machine on AWS for the fast.ai course, step by step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This app does the steps of the course's “AWS EC2” guide for you, so you do not need the AWS web console or a terminal. You can stop and come back later: it remembers where you were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show you what the GPU machine costs (below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to your AWS account with an access key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask AWS to let your account use a GPU machine. New accounts start at zero; the answer can take from minutes to a day or two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an SSH key: the lock that lets only your computer log in to the machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the GPU machine (an “instance”) with Amazon's Deep Learning software.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to it securely and install fastai and the course notebooks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Jupyter in your browser, running on the GPU machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the machine when you are done, so you stop paying for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it will cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop, never terminate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping keeps the disk, so it costs only storage; terminating deletes everything. This app only ever stops your machine: it never terminates it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up the current price…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current price could not be looked up here. AWS lists it at &lt;a href='https://aws.amazon.com/ec2/pricing/on-demand/'&gt;aws.amazon.com/ec2/pricing&lt;/a&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While it runs, a {instance_type} machine with a {volume_gb} GB disk in {region} costs about &lt;b&gt;{hourly} an hour&lt;/b&gt;: a {lesson_hours}-hour lesson about {lesson}. Forgotten for a day, it costs {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While it is stopped, only its disk is billed: about &lt;b&gt;{monthly} a month&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices from AWS's price list on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices from AWS's price list, saved on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices from the table shipped with this app ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices differ a little between regions; you choose yours when you sign in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Steps</source>
            <extracomment>The user pressed Finish on the last page.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
