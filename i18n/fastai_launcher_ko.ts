<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>AutoStop</name>
        <message>
            <source>The idle CPU level must be between 0 and 100 %, not {percent}.</source>
            <translation>유휴 CPU 기준은 0~100% 사이여야 합니다(입력한 값: {percent}).</translation>
        </message>
        <message>
            <source>Choose a level such as 5 %.</source>
            <translation>5% 같은 값을 고르세요.</translation>
        </message>
        <message>
            <source>The idle time must be between 5 minutes and 24 hours, not {minutes} minutes.</source>
            <translation>유휴 시간은 5분에서 24시간 사이여야 합니다(입력한 값: {minutes}분).</translation>
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
            <translation>지금 AWS의 이 가용 영역에는 이 GPU 유형의 여유 용량이 없습니다.</translation>
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
            <source>Sign in again on the sign-in page (with your browser, or your IAM Identity Center profile), then try again.</source>
            <translation>로그인 페이지에서 다시 로그인한 뒤(브라우저로, 또는 IAM Identity Center 프로필로) 다시 시도하세요.</translation>
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
            <source>The sign-in took too long: the code from the AWS sign-in page expired before the app could use it.</source>
            <translation>로그인이 너무 오래 걸렸습니다. 앱이 쓰기 전에 AWS 로그인 페이지의 코드가 만료되었습니다.</translation>
        </message>
        <message>
            <source>Sign in with your browser again, and come back to the app as soon as the page says so.</source>
            <translation>브라우저로 다시 로그인하고, 페이지에 안내가 나오면 바로 앱으로 돌아오세요.</translation>
        </message>
        <message>
            <source>Your IAM user is not allowed to sign in to apps on this computer.</source>
            <translation>IAM 사용자에게 이 컴퓨터의 앱에 로그인할 권한이 없습니다.</translation>
        </message>
        <message>
            <source>In the IAM console ({url}), attach the AWS managed policy SignInLocalDevelopmentAccess and the fastai-launcher policy to your IAM user (or ask your administrator to), then sign in again.</source>
            <translation>IAM 콘솔에서 IAM 사용자에게 AWS 관리형 정책 SignInLocalDevelopmentAccess와 fastai-launcher 정책을 연결한 뒤(관리자에게 부탁해도 됩니다) 다시 로그인하세요. IAM 콘솔: {url}</translation>
        </message>
        <message>
            <source>Your browser sign-in has ended: it lasts up to 12 hours, and ends sooner when the password changes.</source>
            <translation>브라우저 로그인이 끝났습니다. 로그인은 최대 12시간 유지되고, 비밀번호를 바꾸면 더 일찍 끝납니다.</translation>
        </message>
        <message>
            <source>Sign in with your browser again.</source>
            <translation>브라우저로 다시 로그인하세요.</translation>
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
            <translation>AWS가 요청을 거부했습니다({operation}): {code}: {aws_message}</translation>
        </message>
    </context>
    <context>
        <name>AwsRetries</name>
        <message>
            <source>AWS is busy or briefly unavailable ({reason}); retrying {operation} (attempt {attempt} of {attempts}).</source>
            <translation>AWS가 바쁘거나 잠시 응답하지 않습니다({reason}). {operation} 요청을 다시 보냅니다({attempts}번 중 {attempt}번째).</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Stop instance</source>
            <translation>인스턴스 중지</translation>
        </message>
        <message>
            <source>Open Jupyter</source>
            <translation>Jupyter 열기</translation>
        </message>
        <message>
            <source>Snooze 30 minutes</source>
            <translation>30분 뒤에 다시 알림</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>알겠습니다</translation>
        </message>
        <message>
            <source>This desktop shows no tray icons, so the app stays open here to keep reminding you. On GNOME, install the &lt;b&gt;AppIndicator and KStatusNotifierItem Support&lt;/b&gt; extension (Extensions app) to get the tray icon.</source>
            <translation>이 데스크톱은 트레이 아이콘을 보여 주지 않으므로, 앱이 이 창에 열린 채로 계속 알려 드립니다. GNOME에서는 &lt;b&gt;AppIndicator and KStatusNotifierItem Support&lt;/b&gt; 확장(확장 앱)을 설치하면 트레이 아이콘이 나타납니다.</translation>
        </message>
    </context>
    <context>
        <name>BindingCheck</name>
        <message>
            <source>PySide6 {pyside} on Python {python} makes the app crash after a while: install Python 3.12 or newer, or PySide6-Essentials below 6.12 (pip install "PySide6-Essentials&lt;6.12").</source>
            <translation>PySide6 {pyside}, Python {python} 조합에서는 얼마 지나지 않아 앱이 갑자기 꺼지므로 Python 3.12 이상이나 6.12 미만의 PySide6-Essentials를 설치하세요(pip install "PySide6-Essentials&lt;6.12").</translation>
        </message>
    </context>
    <context>
        <name>BrowserSignIn</name>
        <message>
            <source>You are signed in. Go back to fastai-launcher to continue; you can close this tab.</source>
            <translation>로그인했습니다. fastai-launcher로 돌아가 계속하세요. 이 탭은 닫아도 됩니다.</translation>
        </message>
        <message>
            <source>The sign-in did not finish. Go back to fastai-launcher: it says what happened and what to do.</source>
            <translation>로그인이 끝나지 않았습니다. fastai-launcher로 돌아가면 무슨 일이 있었는지와 할 일을 알려 줍니다.</translation>
        </message>
        <message>
            <source>The answer that reached the app does not belong to this sign-in, so the app did not use it.</source>
            <translation>앱에 도착한 응답이 이번 로그인의 것이 아니어서 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>Sign in with your browser again, using only the page the app opens.</source>
            <translation>앱이 여는 페이지에서만 브라우저로 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>The sign-in was cancelled or refused on the AWS page ({error}).</source>
            <translation>AWS 페이지에서 로그인이 취소되었거나 거부되었습니다({error}).</translation>
        </message>
        <message>
            <source>Sign in with your browser again and finish the AWS sign-in page.</source>
            <translation>브라우저로 다시 로그인하고 AWS 로그인 페이지를 끝까지 진행하세요.</translation>
        </message>
        <message>
            <source>The sign-in in the browser was not finished within {minutes} minutes.</source>
            <translation>브라우저 로그인이 {minutes}분 안에 끝나지 않았습니다.</translation>
        </message>
        <message>
            <source>Sign in with your browser again. If the page never came back to the app, use the sign-in with a code.</source>
            <translation>브라우저로 다시 로그인하세요. 페이지가 앱으로 돌아오지 않았다면 코드로 로그인하기를 쓰세요.</translation>
        </message>
        <message>
            <source>The app cannot receive the browser's answer on this computer (no local port is free).</source>
            <translation>이 컴퓨터에서는 앱이 브라우저의 응답을 받을 수 없습니다(비어 있는 로컬 포트가 없습니다).</translation>
        </message>
        <message>
            <source>Use the sign-in with a code instead: the AWS page shows a code that you paste into the app.</source>
            <translation>대신 코드로 로그인하기를 쓰세요. AWS 페이지에 나오는 코드를 앱에 붙여 넣으면 됩니다.</translation>
        </message>
        <message>
            <source>AWS did not accept this sign-in's code, or answered unexpectedly.</source>
            <translation>AWS가 이번 로그인의 코드를 받아들이지 않았거나 예상하지 못한 응답을 보냈습니다.</translation>
        </message>
        <message>
            <source>Sign in with your browser again.</source>
            <translation>브라우저로 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>That is not the code the AWS sign-in page shows.</source>
            <translation>AWS 로그인 페이지에 나오는 코드가 아닙니다.</translation>
        </message>
        <message>
            <source>Copy the whole code from the AWS page (use its copy button) and paste it again.</source>
            <translation>AWS 페이지의 코드 전체를 복사 버튼으로 복사해 다시 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>The AWS profile {profile} already holds other credentials, so the browser sign-in does not change it.</source>
            <translation>이미 다른 자격 증명이 들어 있는 AWS 프로필이라 브라우저 로그인이 바꾸지 않습니다: {profile}</translation>
        </message>
        <message>
            <source>Use that profile under Other ways to sign in, or rename it in the AWS config file and sign in with the browser again.</source>
            <translation>'다른 로그인 방법'에서 그 프로필을 쓰거나, AWS 설정 파일에서 프로필 이름을 바꾼 뒤 브라우저로 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>The AWS profile {profile} is not an IAM Identity Center profile.</source>
            <translation>IAM Identity Center 프로필이 아닙니다: {profile}</translation>
        </message>
        <message>
            <source>Check that the AWS page in your browser shows this code: {code}</source>
            <translation>브라우저의 AWS 페이지에 이 코드가 나오는지 확인하세요: {code}</translation>
        </message>
        <message>
            <source>Opening the IAM Identity Center page in your browser</source>
            <translation>브라우저에서 IAM Identity Center 페이지를 여는 중</translation>
        </message>
        <message>
            <source>The app could not open your web browser.</source>
            <translation>앱이 웹 브라우저를 열지 못했습니다.</translation>
        </message>
        <message>
            <source>Open this address in a browser yourself, then try again: {url}</source>
            <translation>이 주소를 브라우저에서 직접 연 뒤 다시 시도하세요: {url}</translation>
        </message>
        <message>
            <source>The IAM Identity Center code expired before the sign-in was confirmed.</source>
            <translation>로그인을 확인하기 전에 IAM Identity Center 코드가 만료되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>Budget</name>
        <message>
            <source>The monthly amount must be a number of dollars from 1 to 10,000.</source>
            <translation>월 금액은 1에서 10,000 사이의 달러 금액이어야 합니다.</translation>
        </message>
        <message>
            <source>Type an amount such as 30 or 12.50, then try again.</source>
            <translation>30이나 12.50 같은 금액을 입력한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>이메일 주소 형식이 아닙니다.</translation>
        </message>
        <message>
            <source>Type the address AWS should send the alert to, such as name@example.com.</source>
            <translation>AWS가 알림을 보낼 주소를 name@example.com 같은 형식으로 입력하세요.</translation>
        </message>
        <message>
            <source>Creating the monthly budget alert in AWS Budgets</source>
            <translation>AWS 예산에 월 예산 알림을 만드는 중</translation>
        </message>
        <message>
            <source>Reading the monthly budget alert</source>
            <translation>월 예산 알림을 읽는 중</translation>
        </message>
    </context>
    <context>
        <name>BudgetBox</name>
        <message>
            <source>Asking AWS Budgets…</source>
            <translation>AWS 예산에 묻는 중…</translation>
        </message>
        <message>
            <source>No e-mail alert yet.</source>
            <translation>아직 이메일 알림이 없습니다.</translation>
        </message>
        <message>
            <source>The alert exists: AWS e-mails {email} when this month passes ${amount}.</source>
            <translation>알림이 있습니다. 이번 달 요금이 기준 금액(${amount})을 넘으면 AWS가 이메일을 보냅니다. 받는 주소: {email}</translation>
        </message>
        <message>
            <source>An e-mail from AWS when the month costs too much</source>
            <translation>한 달 요금이 너무 많이 나오면 AWS가 보내는 이메일</translation>
        </message>
        <message>
            <source>Works even when this app is not running: AWS Budgets e-mails you when this month's AWS bill passes the amount. It is optional and free for up to two budgets.</source>
            <translation>이 앱이 꺼져 있어도 동작합니다. 이번 달 AWS 요금이 정한 금액을 넘으면 AWS 예산이 이메일을 보냅니다. 선택 사항이며, 예산 두 개까지는 무료입니다.</translation>
        </message>
        <message>
            <source>&amp;Amount a month:</source>
            <translation>한 달 금액(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>이메일 주소(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Create the e-mail alert</source>
            <translation>이메일 알림 만들기(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>Budgets</name>
        <message>
            <source>AWS answered, but the budget it keeps is not the one the app asked for.</source>
            <translation>AWS가 응답했지만, AWS에 저장된 예산이 앱이 요청한 예산과 다릅니다.</translation>
        </message>
        <message>
            <source>Try again, or check the budget in the AWS Billing console (Budgets).</source>
            <translation>다시 시도하거나 AWS 결제 및 비용 관리 콘솔의 예산 메뉴에서 예산을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>ConnectPage</name>
        <message>
            <source>Copied. Paste it into a terminal.</source>
            <translation>복사했습니다. 터미널에 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>Added the host “fastai” to {path}: in a terminal, type ssh fastai.</source>
            <translation>{path}에 호스트 “fastai”를 추가했습니다. 터미널에서 ssh fastai를 입력하세요.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>접속</translation>
        </message>
        <message>
            <source>Verified: the key matches the one the instance printed on its console when it first started.</source>
            <translation>확인됨: 인스턴스가 처음 시작할 때 콘솔에 출력한 키와 일치합니다.</translation>
        </message>
        <message>
            <source>&amp;Connect again</source>
            <translation>다시 접속(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>접속(&amp;C)</translation>
        </message>
        <message>
            <source>Verified: the same key as at the first connection (remembered by the app).</source>
            <translation>확인됨: 첫 접속 때와 같은 키입니다(앱이 기억함).</translation>
        </message>
        <message>
            <source>Verified by you: you confirmed the fingerprint.</source>
            <translation>직접 확인함: 지문을 확인해 주셨습니다.</translation>
        </message>
        <message>
            <source>Host key fingerprint: {fingerprint}</source>
            <translation>호스트 키 지문: {fingerprint}</translation>
        </message>
        <message>
            <source>Tunnel: connecting…</source>
            <translation>터널: 연결하는 중…</translation>
        </message>
        <message>
            <source>Tunnel: up. Jupyter's port 8888 on the instance is port {port} here.</source>
            <translation>터널: 연결됨. 인스턴스의 Jupyter 포트 8888이 이 컴퓨터에서는 포트 {port}입니다.</translation>
        </message>
        <message>
            <source>Tunnel: the connection dropped; reconnecting by itself…</source>
            <translation>터널: 연결이 끊겨 자동으로 다시 연결하는 중…</translation>
        </message>
        <message>
            <source>Tunnel: down.</source>
            <translation>터널: 끊김.</translation>
        </message>
        <message>
            <source>Instance {instance} at {user}@{host}</source>
            <translation>인스턴스 {instance}: {user}@{host}</translation>
        </message>
        <message>
            <source>Step 5 of the guide: a secure connection to your instance.</source>
            <translation>가이드 5단계: 인스턴스에 안전하게 접속.</translation>
        </message>
        <message>
            <source>The app lets only this computer's address through the firewall, checks that it talks to your instance and not an impostor, and opens a tunnel to Jupyter's port, as the guide's ssh -L command does.</source>
            <translation>앱은 방화벽에서 이 컴퓨터의 주소만 허용하고, 가짜가 아닌 내 인스턴스와 통신하는지 확인한 뒤, 가이드의 ssh -L 명령처럼 Jupyter 포트로 터널을 엽니다.</translation>
        </message>
        <message>
            <source>The instance's identity</source>
            <translation>인스턴스의 신원</translation>
        </message>
        <message>
            <source>Tunnel</source>
            <translation>터널</translation>
        </message>
        <message>
            <source>For a terminal (optional)</source>
            <translation>터미널용(선택)</translation>
        </message>
        <message>
            <source>Co&amp;py the ssh command</source>
            <translation>ssh 명령 복사(&amp;P)</translation>
        </message>
        <message>
            <source>A&amp;dd to ~/.ssh/config</source>
            <translation>~/.ssh/config에 추가(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>fastai-launcher hit a bug</source>
            <translation>fastai-launcher에 버그가 생겼습니다</translation>
        </message>
        <message>
            <source>Something went wrong inside the app. You can keep using it, but if something looks wrong, restart it. This does not stop your AWS machine: if it was running, it is still running and still costs money.

To help us fix this, copy the details below (they contain no keys or passwords) and send them with a short note of what you were doing.</source>
            <translation>앱 안에서 문제가 생겼습니다. 계속 써도 되지만 이상해 보이면 앱을 다시 실행하세요. 이 문제로 AWS의 GPU 머신이 중지되지는 않습니다. 실행 중이었다면 지금도 실행 중이며 요금이 나갑니다.

문제를 고칠 수 있도록 아래 자세한 내용(키나 비밀번호는 들어 있지 않습니다)을 복사해, 무엇을 하던 중이었는지 짧게 적어 보내 주세요.</translation>
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
            <translation>IAM 콘솔이나 다운로드한 .csv 파일에서 키 ID를 다시 복사하세요.</translation>
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
            <source>Sign in again on the sign-in page: choose this profile and press Sign in; the app opens your organisation's sign-in page in the browser.</source>
            <translation>로그인 단계에서 다시 로그인하세요. 이 프로필을 고르고 로그인을 누르면 앱이 브라우저에서 소속 기관의 로그인 페이지를 엽니다.</translation>
        </message>
        <message>
            <source>Choose one of the listed profiles, or sign in with your browser.</source>
            <translation>목록의 프로필 하나를 고르거나 브라우저로 로그인하세요.</translation>
        </message>
        <message>
            <source>There is no AWS profile named {profile}.</source>
            <translation>이런 이름의 AWS 프로필이 없습니다: {profile}</translation>
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
            <translation>복사했습니다</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>자세히 보기</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>자세한 내용 복사</translation>
        </message>
    </context>
    <context>
        <name>Dlami</name>
        <message>
            <source>The image {image} that AWS's list of Deep Learning AMIs names is not owned by Amazon (owner: {owner}). The app does not launch it.</source>
            <translation>AWS의 Deep Learning AMI 목록이 가리키는 이미지의 소유자가 아마존이 아닙니다(이미지: {image}, 소유자: {owner}). 앱은 이 이미지로 인스턴스를 시작하지 않습니다.</translation>
        </message>
        <message>
            <source>Try again later or in another region. If it keeps happening, check that nothing (a proxy, AWS_ENDPOINT_URL) redirects the app's AWS requests.</source>
            <translation>나중에 다시 시도하거나 다른 리전에서 시도하세요. 계속 이렇게 되면 앱의 AWS 요청을 다른 곳으로 보내는 설정(프록시, AWS_ENDPOINT_URL)이 없는지 확인하세요.</translation>
        </message>
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
            <translation>문제가 생겼습니다</translation>
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
            <source>The app could not save its progress to {path}: {reason}. The disk may be full or read-only.</source>
            <translation>앱이 진행 상황을 저장하지 못했습니다({path}): {reason}. 디스크가 가득 찼거나 읽기 전용일 수 있습니다.</translation>
        </message>
        <message>
            <source>Free some space on this computer (or make the folder writable), then try again. Until then the app may not remember this step after it closes.</source>
            <translation>이 컴퓨터의 디스크 공간을 확보하거나 폴더에 쓰기 권한을 준 뒤 다시 시도하세요. 그전까지는 앱을 닫으면 이 단계를 기억하지 못할 수 있습니다.</translation>
        </message>
        <message>
            <source>This took too long and was stopped.</source>
            <translation>너무 오래 걸려서 작업을 멈췄습니다.</translation>
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
        <name>ExpressPanel</name>
        <message>
            <source>{region}, as chosen above</source>
            <translation>{region} (위에서 고른 리전)</translation>
        </message>
        <message>
            <source>Looking up the regions and GPU types…</source>
            <translation>리전과 GPU 유형을 찾는 중…</translation>
        </message>
        <message>
            <source>{price} an hour</source>
            <translation>시간당 {price}</translation>
        </message>
        <message>
            <source>price unknown</source>
            <translation>요금 알 수 없음</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>시작하는 중…</translation>
        </message>
        <message>
            <source>Jupyter is open in your browser. Press the button again to reconnect and open it again: nothing is set up twice.</source>
            <translation>Jupyter가 브라우저에 열렸습니다. 다시 접속해서 열려면 버튼을 한 번 더 누르세요. 이미 끝난 설정은 다시 하지 않습니다.</translation>
        </message>
        <message>
            <source>Looking up the regions and prices…</source>
            <translation>리전과 요금을 찾는 중…</translation>
        </message>
        <message>
            <source>no idle auto-stop</source>
            <translation>유휴 자동 중지 없음</translation>
        </message>
        <message>
            <source>With: {choices}</source>
            <translation>선택: {choices}</translation>
        </message>
        <message>
            <source>Set everything up for me</source>
            <translation>모두 알아서 설정</translation>
        </message>
        <message>
            <source>The app does every remaining step: asks for the GPU quota if needed, makes the key, launches, connects, installs the course and opens Jupyter in your browser. You can follow it page by page and cancel at any time.</source>
            <translation>남은 단계를 앱이 모두 합니다. 필요하면 GPU 할당량을 요청하고, 키를 만들고, 인스턴스를 시작하고, 접속하고, 강의를 설치한 뒤 브라우저에서 Jupyter를 엽니다. 페이지마다 진행 상황을 볼 수 있고 언제든 취소할 수 있습니다.</translation>
        </message>
        <message>
            <source>C&amp;hange the choices</source>
            <translation>선택 바꾸기(&amp;H)</translation>
        </message>
        <message>
            <source>Prefer to go step by step? Press Next: one page for each step of the guide.</source>
            <translation>한 단계씩 하고 싶으면 다음을 누르세요. 가이드의 단계마다 페이지가 하나씩 있습니다.</translation>
        </message>
        <message>
            <source>Set &amp;up and open Jupyter</source>
            <translation>설정하고 Jupyter 열기(&amp;U)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>리전</translation>
        </message>
        <message>
            <source>AWS region</source>
            <translation>AWS 리전</translation>
        </message>
        <message>
            <source>&amp;Instance type</source>
            <translation>인스턴스 유형(&amp;I)</translation>
        </message>
        <message>
            <source>Instance type and price per hour</source>
            <translation>인스턴스 유형과 시간당 요금</translation>
        </message>
        <message>
            <source>C&amp;ourse</source>
            <translation>강의(&amp;O)</translation>
        </message>
        <message>
            <source>Course to install</source>
            <translation>설치할 강의</translation>
        </message>
        <message numerus="yes">
            <source>Stop it by itself after %n idle minute(s)</source>
            <translation>
                <numerusform>%n분 동안 유휴 상태이면 자동으로 중지</numerusform>
            </translation>
        </message>
        <message>
            <source>Set up everything that is left and open Jupyter</source>
            <translation>남은 설정을 모두 마치고 Jupyter 열기</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel the setup</source>
            <translation>설정 취소</translation>
        </message>
    </context>
    <context>
        <name>ExpressRun</name>
        <message>
            <source>GPU quota approved</source>
            <translation>GPU 할당량 승인됨</translation>
        </message>
        <message>
            <source>AWS approved your GPU quota. The app carries on: it launches your instance and opens Jupyter.</source>
            <translation>AWS가 GPU 할당량을 승인했습니다. 앱이 이어서 인스턴스를 시작하고 Jupyter를 엽니다.</translation>
        </message>
        <message>
            <source>GPU quota not approved</source>
            <translation>GPU 할당량이 승인되지 않음</translation>
        </message>
        <message>
            <source>The setup was cancelled after the instance was launched.</source>
            <translation>인스턴스를 시작한 뒤에 설정이 취소되었습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for AWS to approve your GPU quota (requested at {time}, checking every %n minute(s)). You may close the app: it carries on waiting when you start it again.</source>
            <translation>
                <numerusform>AWS가 GPU 할당량을 승인하기를 기다리는 중입니다(요청 시각: {time}, %n분마다 확인). 앱을 끝내도 됩니다. 다시 실행하면 계속 기다립니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Waiting for AWS to approve your GPU quota (checking every %n minute(s)). You may close the app: it carries on waiting when you start it again.</source>
            <translation>
                <numerusform>AWS가 GPU 할당량을 승인하기를 기다리는 중입니다(%n분마다 확인). 앱을 끝내도 됩니다. 다시 실행하면 계속 기다립니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>Your instance {instance} is in the region {region}; the app works in that region while the instance exists.</source>
            <translation>인스턴스({instance})는 {region} 리전에 있습니다. 인스턴스가 있는 동안 앱은 그 리전에서 작업합니다.</translation>
        </message>
        <message>
            <source>Keep the region, or delete the instance in the EC2 console first if you no longer need it.</source>
            <translation>리전을 그대로 두거나, 인스턴스가 더 필요 없다면 먼저 EC2 콘솔에서 인스턴스를 종료(삭제)하세요.</translation>
        </message>
        <message>
            <source>Checking the credentials with AWS</source>
            <translation>AWS에서 자격 증명을 확인하는 중</translation>
        </message>
        <message>
            <source>Getting ready</source>
            <translation>준비하는 중</translation>
        </message>
        <message>
            <source>Signing in to AWS</source>
            <translation>AWS에 로그인하는 중</translation>
        </message>
        <message>
            <source>Checking the GPU quota</source>
            <translation>GPU 할당량을 확인하는 중</translation>
        </message>
        <message>
            <source>Asking AWS for a higher GPU quota</source>
            <translation>AWS에 GPU 할당량 증가를 요청하는 중</translation>
        </message>
        <message>
            <source>{status} The app checks again in {minutes} min; you may leave it.</source>
            <translation>{status} 앱이 {minutes}분 뒤에 다시 확인합니다. 그대로 두셔도 됩니다.</translation>
        </message>
        <message>
            <source>AWS approved the request; the new quota shows after a few minutes. The app checks again in {minutes} min.</source>
            <translation>AWS가 요청을 승인했습니다. 새 할당량은 몇 분 뒤에 반영됩니다. 앱이 {minutes}분 뒤에 다시 확인합니다.</translation>
        </message>
        <message>
            <source>Open the support case in the AWS console and answer it (say it is for the fast.ai course), or choose another instance type or region and request again.</source>
            <translation>AWS 콘솔에서 지원 케이스를 열어 답하거나(fast.ai 강의용이라고 적으세요), 다른 인스턴스 유형이나 리전을 골라 다시 요청하세요.</translation>
        </message>
        <message>
            <source>Preparing the SSH key</source>
            <translation>SSH 키를 준비하는 중</translation>
        </message>
        <message>
            <source>Importing the public key into {region}</source>
            <translation>{region}에 공개 키를 가져오는 중</translation>
        </message>
        <message>
            <source>Launching the instance</source>
            <translation>인스턴스를 시작하는 중</translation>
        </message>
        <message>
            <source>Connecting securely to the instance</source>
            <translation>인스턴스에 안전하게 접속하는 중</translation>
        </message>
        <message>
            <source>Installing the course</source>
            <translation>강의를 설치하는 중</translation>
        </message>
        <message>
            <source>Starting Jupyter</source>
            <translation>Jupyter를 시작하는 중</translation>
        </message>
        <message>
            <source>The app has no instance in {region}.</source>
            <translation>{region}에 앱의 인스턴스가 없습니다.</translation>
        </message>
        <message>
            <source>Launch one on the launch page.</source>
            <translation>시작 단계에서 인스턴스를 시작하세요.</translation>
        </message>
        <message>
            <source>Waiting for the instance to finish stopping</source>
            <translation>인스턴스가 완전히 중지되기를 기다리는 중</translation>
        </message>
        <message>
            <source>Starting the instance</source>
            <translation>인스턴스를 시작하는 중</translation>
        </message>
        <message>
            <source>AWS is stopping the instance {instance}.</source>
            <translation>AWS가 인스턴스({instance})를 중지하는 중입니다.</translation>
        </message>
        <message>
            <source>Stopping the instance</source>
            <translation>인스턴스를 중지하는 중</translation>
        </message>
        <message>
            <source>Jupyter is ready</source>
            <translation>Jupyter가 준비되었습니다</translation>
        </message>
        <message>
            <source>You are not signed in to AWS.</source>
            <translation>AWS에 로그인하지 않았습니다.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile or an access key.</source>
            <translation>AWS 프로필이나 액세스 키로 로그인하세요.</translation>
        </message>
        <message>
            <source>No AWS region is chosen yet.</source>
            <translation>아직 AWS 리전을 고르지 않았습니다.</translation>
        </message>
        <message>
            <source>Choose a region on the sign-in page.</source>
            <translation>로그인 단계에서 리전을 고르세요.</translation>
        </message>
        <message>
            <source>The instance is not running ({state}).</source>
            <translation>인스턴스가 실행 중이 아닙니다({state}).</translation>
        </message>
        <message>
            <source>Start the instance, then connect again.</source>
            <translation>인스턴스를 시작한 뒤 다시 접속하세요.</translation>
        </message>
        <message>
            <source>The instance {instance} has no public address right now.</source>
            <translation>인스턴스({instance})에 지금은 퍼블릭 IP 주소가 없습니다.</translation>
        </message>
        <message>
            <source>Allowing SSH from this computer only</source>
            <translation>이 컴퓨터에서만 SSH 접속을 허용하는 중</translation>
        </message>
        <message>
            <source>Opening the tunnel to Jupyter's port</source>
            <translation>Jupyter 포트로 가는 터널을 여는 중</translation>
        </message>
        <message>
            <source>The installation ({recipe}) was interrupted, probably because the instance stopped.</source>
            <translation>설치({recipe})가 중단되었습니다. 인스턴스가 중지되었기 때문일 수 있습니다.</translation>
        </message>
        <message>
            <source>The installation ({recipe}) failed with exit code {code}.</source>
            <translation>설치({recipe})가 실패했습니다(오류 코드 {code}).</translation>
        </message>
        <message>
            <source>Read the last lines of the log for the reason, then run the installation again: finished parts are skipped.</source>
            <translation>로그의 마지막 줄에서 이유를 확인한 뒤 설치를 다시 실행하세요. 이미 끝난 부분은 건너뜁니다.</translation>
        </message>
        <message>
            <source>Finding the newest Deep Learning AMI</source>
            <translation>최신 Deep Learning AMI를 찾는 중</translation>
        </message>
        <message>
            <source>{instance_type} is not offered in {region}.</source>
            <translation>{region} 리전에서는 {instance_type} 유형을 제공하지 않습니다.</translation>
        </message>
        <message>
            <source>Choose another GPU type on the launch page, or another region on the sign-in page. Nothing was launched.</source>
            <translation>시작 단계에서 다른 GPU 유형을 고르거나, 로그인 단계에서 다른 리전을 고르세요. 아무것도 시작하지 않았습니다.</translation>
        </message>
        <message>
            <source>Setting the idle auto-stop alarm</source>
            <translation>유휴 자동 중지 경보를 설정하는 중</translation>
        </message>
        <message>
            <source>Looking up instance types and prices</source>
            <translation>인스턴스 유형과 요금을 찾는 중</translation>
        </message>
        <message>
            <source>Price of {type}</source>
            <translation>{type} 요금</translation>
        </message>
        <message>
            <source>Stopped. The instance {instance} may still be running.</source>
            <translation>작업을 멈췄습니다. 인스턴스({instance})는 아직 실행 중일 수 있습니다.</translation>
        </message>
        <message>
            <source>Stop it now if you do not want to use it: it costs money while it runs.</source>
            <translation>쓰지 않을 거라면 지금 중지하세요. 실행되는 동안 요금이 나갑니다.</translation>
        </message>
        <message>
            <source>The app could not open your web browser.</source>
            <translation>앱이 웹 브라우저를 열지 못했습니다.</translation>
        </message>
        <message>
            <source>Use the sign-in with a code: open the address it shows in any browser and paste the code back.</source>
            <translation>코드로 로그인하기를 쓰세요. 표시되는 주소를 아무 브라우저에서 열고, 나오는 코드를 앱에 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>Opening the AWS sign-in page in your browser</source>
            <translation>브라우저에서 AWS 로그인 페이지를 여는 중</translation>
        </message>
        <message>
            <source>Waiting for you to sign in to AWS in your browser</source>
            <translation>브라우저에서 AWS 로그인을 마치기를 기다리는 중</translation>
        </message>
        <message>
            <source>Checking the sign-in with AWS</source>
            <translation>AWS에서 로그인을 확인하는 중</translation>
        </message>
    </context>
    <context>
        <name>GpuPoll</name>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>{used} of {total} GB memory</source>
            <translation>메모리 {total} GB 중 {used} GB 사용</translation>
        </message>
        <message>
            <source>memory unknown</source>
            <translation>메모리 알 수 없음</translation>
        </message>
        <message>
            <source>{busy} busy, {memory}</source>
            <translation>사용률 {busy}, {memory}</translation>
        </message>
    </context>
    <context>
        <name>Guard</name>
        <message>
            <source>Notebooks downloaded</source>
            <translation>노트북을 다운로드했습니다</translation>
        </message>
        <message>
            <source>{count} new or changed, in {folder} on this computer.</source>
            <translation>새로 만들거나 바꾼 파일 {count}개, 이 컴퓨터의 위치: {folder}</translation>
        </message>
        <message>
            <source>Instance stopped</source>
            <translation>인스턴스를 중지했습니다</translation>
        </message>
        <message>
            <source>It costs nothing while stopped, except its disk: about {cost} a month.</source>
            <translation>중지된 동안에는 디스크 요금만 나옵니다: 한 달에 약 {cost}.</translation>
        </message>
        <message>
            <source>It costs nothing while stopped, except its disk.</source>
            <translation>중지된 동안에는 디스크 요금만 나옵니다.</translation>
        </message>
        <message>
            <source>Still watching your instance</source>
            <translation>인스턴스를 계속 지켜보고 있습니다</translation>
        </message>
        <message>
            <source>fastai launcher keeps running in the tray while your GPU instance runs, to remind you to stop it. Quit from the tray icon's menu.</source>
            <translation>GPU 인스턴스가 실행되는 동안 fastai launcher는 트레이에 남아서 중지하라고 알려 드립니다. 앱을 끝내려면 트레이 아이콘의 메뉴에서 ‘앱 끝내기’를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Looking for your instances…</source>
            <translation>인스턴스를 찾는 중…</translation>
        </message>
        <message>
            <source>No region is chosen yet: set up the app first.</source>
            <translation>아직 리전을 고르지 않았습니다. 먼저 앱 설정을 마치세요.</translation>
        </message>
        <message>
            <source>The app has no instance in this region. Use “Set up again” to launch one.</source>
            <translation>이 리전에는 앱이 만든 인스턴스가 없습니다. “다시 설정”으로 하나를 시작하세요.</translation>
        </message>
        <message>
            <source>The course is up to date. Your changed notebooks were copied first to ~/{folder}: Jupyter shows them in my-work.</source>
            <translation>강의를 최신으로 업데이트했습니다. 바꾼 노트북은 먼저 복사해 두었습니다(~/{folder}). Jupyter의 my-work에서 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Your notebooks are in {folder} on this computer (new or changed: {count}).</source>
            <translation>노트북을 이 컴퓨터에 받았습니다. 위치: {folder} (새로 만들거나 바꾼 파일: {count}개)</translation>
        </message>
        <message>
            <source>Jupyter is open in your browser (port {port} on this computer). Stop the instance when you are done.</source>
            <translation>브라우저에서 Jupyter가 열렸습니다(이 컴퓨터의 포트 {port}). 다 쓰면 인스턴스를 중지하세요.</translation>
        </message>
        <message>
            <source>Connected securely: Jupyter's port is reachable at localhost:{port}.</source>
            <translation>안전하게 접속했습니다. Jupyter 포트는 localhost:{port}에서 열립니다.</translation>
        </message>
        <message>
            <source>The course is up to date.</source>
            <translation>강의가 최신 상태입니다.</translation>
        </message>
        <message>
            <source>Stopped. Only its disk is billed now.</source>
            <translation>중지했습니다. 이제 디스크 요금만 나옵니다.</translation>
        </message>
        <message>
            <source>stops by itself after {minutes} minutes under {cpu} % CPU (an alarm on AWS)</source>
            <translation>CPU {cpu}% 미만으로 {minutes}분이 지나면 자동으로 중지 (AWS의 경보)</translation>
        </message>
        <message>
            <source>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</source>
            <translation>노트북은 인스턴스 디스크에 있습니다. 위치: {folder} (그리고 ~/my-work). 중지해도 그대로 남지만, 실행 중인 커널의 변수는 중지하면 사라집니다.</translation>
        </message>
        <message>
            <source>{summary}. The app's estimate from what it saw; AWS's exact bill is in the &lt;a href="{url}"&gt;Billing console&lt;/a&gt;.</source>
            <translation>{summary}. 앱이 본 것으로 계산한 추정치입니다. 정확한 요금은 &lt;a href="{url}"&gt;결제 및 비용 관리 콘솔&lt;/a&gt;에 있습니다.</translation>
        </message>
        <message>
            <source>Your GPU machine</source>
            <translation>내 GPU 머신</translation>
        </message>
        <message>
            <source>The setup is done. Open Jupyter starts the machine when it is stopped, connects securely and opens the course in your browser. Stop it when you are done: a running machine costs money every hour.</source>
            <translation>설정을 마쳤습니다. ‘Jupyter 열기’는 중지된 머신을 시작하고, 안전하게 접속한 뒤 브라우저에서 강의를 엽니다. 다 쓰면 중지하세요. 실행 중인 머신은 매시간 요금이 나옵니다.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;minders…</source>
            <translation>알림 설정(&amp;M)…</translation>
        </message>
        <message>
            <source>Set &amp;up again / change settings</source>
            <translation>다시 설정 / 설정 바꾸기(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>HostKeyDialog</name>
        <message>
            <source>Check the instance's identity</source>
            <translation>인스턴스의 신원 확인</translation>
        </message>
        <message>
            <source>&amp;Trust this fingerprint and connect</source>
            <translation>이 지문을 믿고 접속(&amp;T)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>HostKeys</name>
        <message>
            <source>The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.</source>
            <translation>인스턴스의 신원을 자동으로 확인하지 못했습니다. 키 지문은 {fingerprint}입니다.</translation>
        </message>
        <message>
            <source>The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.</source>
            <translation>인스턴스 주소에서 응답한 서버는 인스턴스가 아닙니다. 서버의 키({fingerprint})가 인스턴스가 알려 준 키와 다릅니다. 누군가 연결을 가로채고 있을 수 있습니다.</translation>
        </message>
        <message>
            <source>Its console did not list its keys, so the app cannot compare them for you. Connect only if you launched this instance yourself a few minutes ago and your network is one you trust (not a public Wi-Fi).</source>
            <translation>인스턴스의 콘솔에 키가 나오지 않아 앱이 대신 비교할 수 없습니다. 몇 분 전에 직접 시작한 인스턴스이고, 믿을 수 있는 네트워크(공용 Wi-Fi가 아닌 곳)에 있을 때만 접속하세요.</translation>
        </message>
        <message>
            <source>Do not connect. Stop the instance now (the app offers it) and try again later from another network.</source>
            <translation>접속하지 마세요. 지금 인스턴스를 중지하고(앱이 중지를 제안합니다) 나중에 다른 네트워크에서 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Reading the instance's identity from its console (at most {minutes} min; then you are asked to confirm it)</source>
            <translation>인스턴스 콘솔에서 신원 정보를 읽는 중(최대 {minutes}분, 그 뒤에는 직접 확인해 달라고 요청합니다)</translation>
        </message>
        <message>
            <source>The instance at {host}:{port} does not answer SSH yet.</source>
            <translation>{host}:{port}의 인스턴스가 아직 SSH에 응답하지 않습니다.</translation>
        </message>
        <message>
            <source>Wait a minute for it to finish starting, then try again.</source>
            <translation>시작이 끝나도록 1분쯤 기다린 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>InstallPage</name>
        <message>
            <source>&amp;Update the course</source>
            <translation>강의 업데이트(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Install (or resume the installation)</source>
            <translation>설치 (또는 설치 이어서 하기)(&amp;I)</translation>
        </message>
        <message>
            <source>Installing on the instance. If the connection drops, the installation goes on there and the app picks it up again.</source>
            <translation>인스턴스에 설치하는 중입니다. 연결이 끊겨도 설치는 인스턴스에서 계속되며, 앱이 다시 이어서 지켜봅니다.</translation>
        </message>
        <message>
            <source>Installed. Open Jupyter to start working.</source>
            <translation>설치했습니다. Jupyter를 열어 작업을 시작하세요.</translation>
        </message>
        <message>
            <source>Not installed yet.</source>
            <translation>아직 설치하지 않았습니다.</translation>
        </message>
        <message>
            <source>Your notebooks will be on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops. Download them from the home screen.</source>
            <translation>노트북은 인스턴스 디스크에 저장됩니다. 위치: {folder} (그리고 ~/my-work). 중지해도 그대로 남지만, 실행 중인 커널의 변수는 중지하면 사라집니다. 홈 화면에서 다운로드할 수 있습니다.</translation>
        </message>
        <message>
            <source>Install fastai and open Jupyter</source>
            <translation>fastai 설치 및 Jupyter 열기</translation>
        </message>
        <message>
            <source>Step 6 of the guide: the course on your instance.</source>
            <translation>가이드 6단계: 인스턴스에 강의 설치.</translation>
        </message>
        <message>
            <source>The app gets the course's notebooks and installs fastai on the instance, then starts Jupyter there and opens it in your browser through the tunnel.</source>
            <translation>앱이 강의 노트북을 받고 인스턴스에 fastai를 설치한 다음, 인스턴스에서 Jupyter를 시작해 터널을 통해 브라우저로 엽니다.</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>강의(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Open Jupyter</source>
            <translation>Jupyter 열기(&amp;O)</translation>
        </message>
        <message>
            <source>course-v3: the guide's course (fastai v1)</source>
            <translation>course-v3: 가이드의 강의(fastai v1)</translation>
        </message>
        <message>
            <source>fastbook: the current course (fastai v2)</source>
            <translation>fastbook: 현재 강의(fastai v2)</translation>
        </message>
        <message>
            <source>sandbox: the test world's stand-in (no downloads)</source>
            <translation>sandbox: 테스트 환경용 대역(다운로드 없음)</translation>
        </message>
        <message>
            <source>Open Jupyter in the browser</source>
            <translation>브라우저에서 Jupyter 열기</translation>
        </message>
        <message>
            <source>Installation log</source>
            <translation>설치 로그</translation>
        </message>
    </context>
    <context>
        <name>InstanceCard</name>
        <message>
            <source>Instance type:</source>
            <translation>인스턴스 유형:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>리전:</translation>
        </message>
        <message>
            <source>Public IP address:</source>
            <translation>퍼블릭 IP 주소:</translation>
        </message>
        <message>
            <source>Running for:</source>
            <translation>실행 시간:</translation>
        </message>
        <message>
            <source>Cost:</source>
            <translation>비용:</translation>
        </message>
        <message>
            <source>Idle auto-stop:</source>
            <translation>유휴 자동 중지:</translation>
        </message>
        <message>
            <source>GPU:</source>
            <translation>GPU:</translation>
        </message>
        <message>
            <source>Instance ID:</source>
            <translation>인스턴스 ID:</translation>
        </message>
        <message>
            <source>{state}: it costs money every hour</source>
            <translation>{state}: 시간마다 요금이 나옵니다</translation>
        </message>
        <message>
            <source>none while stopped (a new one at each start)</source>
            <translation>중지된 동안에는 없음(시작할 때마다 새 주소)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>꺼짐</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>중지(&amp;S)</translation>
        </message>
        <message>
            <source>Open &amp;Jupyter</source>
            <translation>Jupyter 열기(&amp;J)</translation>
        </message>
        <message>
            <source>M&amp;ore</source>
            <translation>더 보기(&amp;O)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>다른 작업</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>접속</translation>
        </message>
        <message>
            <source>Update course…</source>
            <translation>강의 업데이트…</translation>
        </message>
        <message>
            <source>Download my notebooks</source>
            <translation>내 노트북 다운로드</translation>
        </message>
        <message>
            <source>Open in VS Code</source>
            <translation>VS Code에서 열기</translation>
        </message>
        <message>
            <source>Starts the instance if needed, connects securely and opens Jupyter.</source>
            <translation>필요하면 인스턴스를 시작하고, 안전하게 접속해 Jupyter를 엽니다.</translation>
        </message>
        <message>
            <source>Stops the instance (never deletes it): only its disk is billed then.</source>
            <translation>인스턴스를 중지합니다. 종료(삭제)는 하지 않으며, 그 뒤로는 디스크 요금만 나옵니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>실행 중 아님</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n시간</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown here: see the AWS billing console</source>
            <translation>여기서는 알 수 없습니다. AWS 결제 콘솔을 보세요</translation>
        </message>
        <message>
            <source>{cost} so far, at about {hourly} an hour</source>
            <translation>지금까지 {cost}, 시간당 약 {hourly}</translation>
        </message>
        <message>
            <source>stopped: only its disk is billed, about {monthly} a month</source>
            <translation>중지됨: 디스크 요금만 한 달에 약 {monthly}</translation>
        </message>
    </context>
    <context>
        <name>InstanceState</name>
        <message>
            <source>starting up</source>
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
            <translation>종료 중</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>종료됨</translation>
        </message>
    </context>
    <context>
        <name>InstanceTable</name>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>vCPUs</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>메모리</translation>
        </message>
        <message>
            <source>Per hour</source>
            <translation>시간당</translation>
        </message>
        <message>
            <source>Instance types</source>
            <translation>인스턴스 유형</translation>
        </message>
        <message>
            <source>{name} (the guide's)</source>
            <translation>{name}(가이드의 유형)</translation>
        </message>
        <message>
            <source>Not offered in this region.</source>
            <translation>이 리전에서는 제공되지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>InstanceTypes</name>
        <message>
            <source>The guide's type. Its NVIDIA K80 GPU is retired: current Deep Learning AMIs do not support it, and AWS is phasing it out. Choose it only if you know why.</source>
            <translation>가이드에 나온 유형입니다. NVIDIA K80 GPU는 지원이 끝나 현재 Deep Learning AMI에서 쓸 수 없고, AWS도 단계적으로 없애고 있습니다. 이유가 분명할 때만 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>InstanceWords</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n시간</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} {minutes}</source>
            <translation>{hours} {minutes}</translation>
        </message>
        <message>
            <source>starting</source>
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
            <translation>종료 중</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>종료됨</translation>
        </message>
        <message>
            <source>No GPU instance</source>
            <translation>GPU 인스턴스 없음</translation>
        </message>
        <message>
            <source>Instance {id} ({type}): {state}</source>
            <translation>인스턴스 {id} ({type}): {state}</translation>
        </message>
        <message>
            <source>Running for {time}</source>
            <translation>{time}째 실행 중</translation>
        </message>
        <message>
            <source>Running for {time}, {cost} so far</source>
            <translation>{time}째 실행 중, 지금까지 {cost}</translation>
        </message>
        <message>
            <source>Auto-stop: off. Only you (or the console) can stop it.</source>
            <translation>자동 중지: 꺼짐. 직접(또는 콘솔에서) 중지해야 합니다.</translation>
        </message>
        <message>
            <source>Auto-stop: after {minutes} minutes below {percent}% CPU</source>
            <translation>자동 중지: CPU {percent}% 미만으로 {minutes}분이 지나면</translation>
        </message>
        <message>
            <source>fastai launcher</source>
            <translation>fastai launcher</translation>
        </message>
        <message>
            <source>Your GPU instance has run {time} today</source>
            <translation>GPU 인스턴스가 오늘 {time} 실행되었습니다</translation>
        </message>
        <message>
            <source>Your GPU instance is still running</source>
            <translation>GPU 인스턴스가 아직 실행 중입니다</translation>
        </message>
        <message>
            <source>{id} has been running for {time}.</source>
            <translation>{id}: {time}째 실행 중입니다.</translation>
        </message>
        <message>
            <source>{id} has been running for {time} and has cost {cost}.</source>
            <translation>{id}: {time}째 실행 중이며, 지금까지 비용은 {cost}입니다.</translation>
        </message>
        <message>
            <source>Stop it when you are done: it costs money every minute it runs.</source>
            <translation>다 쓰면 중지하세요. 실행되는 동안 매분 요금이 나갑니다.</translation>
        </message>
    </context>
    <context>
        <name>Jupyter</name>
        <message>
            <source>Starting Jupyter on the instance</source>
            <translation>인스턴스에서 Jupyter를 시작하는 중</translation>
        </message>
        <message>
            <source>Jupyter to start</source>
            <translation>Jupyter 시작</translation>
        </message>
        <message>
            <source>Stopping Jupyter on the instance</source>
            <translation>인스턴스에서 Jupyter를 끝내는 중</translation>
        </message>
        <message>
            <source>Jupyter to stop</source>
            <translation>Jupyter 끝내기</translation>
        </message>
        <message>
            <source>Jupyter did not start on the instance (port {port}).</source>
            <translation>인스턴스에서 Jupyter가 시작되지 않았습니다(포트 {port}).</translation>
        </message>
        <message>
            <source>Run the course installation again; its log on the instance is in ~/.fastai-launcher/.</source>
            <translation>강의 설치를 다시 실행하세요. 인스턴스의 설치 로그는 ~/.fastai-launcher/에 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>Passphrase</source>
            <translation>암호</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>잠금 해제</translation>
        </message>
        <message>
            <source>Imported into {region} as the key pair “{name}”.</source>
            <translation>{region}에 키 페어를 가져왔습니다. 이름: “{name}”</translation>
        </message>
        <message>
            <source>Fingerprint (as the EC2 console shows it): {aws}
SHA256: {sha}</source>
            <translation>지문(EC2 콘솔에 표시되는 형식): {aws}
SHA256: {sha}</translation>
        </message>
        <message>
            <source>Your private key is the file {path}</source>
            <translation>개인 키 파일: {path}</translation>
        </message>
        <message>
            <source>SSH key</source>
            <translation>SSH 키</translation>
        </message>
        <message>
            <source>Step 3 of the guide: the key that lets only you log in.</source>
            <translation>가이드 3단계: 나만 로그인할 수 있게 하는 키.</translation>
        </message>
        <message>
            <source>An SSH key has two halves. The private key stays on this computer; the public key goes to AWS, which puts it on your machine so that only this computer can log in. The app makes the key for you (no terminal needed) and imports the public half into your region.</source>
            <translation>SSH 키는 두 부분으로 되어 있습니다. 개인 키는 이 컴퓨터에 남고, 공개 키는 AWS로 보내져 머신에 설치되므로 이 컴퓨터만 로그인할 수 있습니다. 앱이 키를 만들고(터미널이 필요 없습니다) 공개 키를 리전에 가져옵니다.</translation>
        </message>
        <message>
            <source>Which key</source>
            <translation>사용할 키</translation>
        </message>
        <message>
            <source>&amp;Make a key for this app (recommended)</source>
            <translation>이 앱용 키 만들기(권장)(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Use one of my keys in ~/.ssh</source>
            <translation>~/.ssh에 있는 내 키 사용(&amp;U)</translation>
        </message>
        <message>
            <source>Your SSH keys</source>
            <translation>내 SSH 키</translation>
        </message>
        <message>
            <source>&amp;Prepare the key and import it into AWS</source>
            <translation>키를 준비하고 AWS로 가져오기(&amp;P)</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>내 키</translation>
        </message>
        <message>
            <source>Keep the private key file private: never send it to anyone or upload it. Whoever has it can log in to your machine.</source>
            <translation>개인 키 파일은 비밀로 지키세요. 누구에게도 보내거나 업로드하지 마세요. 이 파일을 가진 사람은 누구나 머신에 로그인할 수 있습니다.</translation>
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
            <translation>EC2 콘솔에서 쓰지 않는 키 페어를 삭제한 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The passphrase for the key {path} is not right.</source>
            <translation>키 {path}의 암호가 맞지 않습니다.</translation>
        </message>
        <message>
            <source>The key {path} is protected by a passphrase.</source>
            <translation>키 파일({path})은 암호로 보호되어 있습니다.</translation>
        </message>
        <message>
            <source>Type the passphrase you chose when you made this key.</source>
            <translation>이 키를 만들 때 정한 암호를 입력하세요.</translation>
        </message>
        <message>
            <source>A key already exists at {path}; it was left as it is.</source>
            <translation>{path}에 이미 키가 있어서 그대로 두었습니다.</translation>
        </message>
        <message>
            <source>Use that key, or choose another one.</source>
            <translation>그 키를 쓰거나 다른 키를 고르세요.</translation>
        </message>
        <message>
            <source>The file {path} is not an SSH private key this app can read.</source>
            <translation>{path} 파일은 이 앱이 읽을 수 있는 SSH 개인 키가 아닙니다.</translation>
        </message>
        <message>
            <source>Choose another key, or let the app make a new key for you.</source>
            <translation>다른 키를 고르거나, 앱이 새 키를 만들게 하세요.</translation>
        </message>
        <message>
            <source>The key file {path} could not be made readable by your Windows account only.</source>
            <translation>키 파일을 지금 Windows 계정만 읽을 수 있게 만들지 못했습니다: {path}</translation>
        </message>
        <message>
            <source>Try again. If it happens again, check that your Windows account may change the permissions of files in that folder.</source>
            <translation>다시 시도하세요. 또 그렇다면 지금 Windows 계정이 그 폴더에 있는 파일의 권한을 바꿀 수 있는지 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>The instance an earlier launch made was deleted in the meantime.</source>
            <translation>이전 시작 요청으로 만든 인스턴스가 그사이에 종료(삭제)되었습니다.</translation>
        </message>
        <message>
            <source>Launch again: the app starts afresh.</source>
            <translation>다시 시작하세요. 앱이 처음부터 새로 합니다.</translation>
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
        <name>LaunchPage</name>
        <message>
            <source>The guide's type</source>
            <translation>가이드의 유형</translation>
        </message>
        <message>
            <source>Launch {type} anyway?</source>
            <translation>그래도 {type} 유형으로 시작할까요?</translation>
        </message>
        <message>
            <source>Launch it anyway</source>
            <translation>그래도 시작</translation>
        </message>
        <message>
            <source>The launch was cancelled after the instance was created.</source>
            <translation>인스턴스를 만든 뒤에 시작이 취소되었습니다.</translation>
        </message>
        <message>
            <source>Deep Learning AMI: {name} ({image})</source>
            <translation>Deep Learning AMI: {name} ({image})</translation>
        </message>
        <message>
            <source>The launch waits for AWS to raise your GPU quota ({value} of {needed} vCPUs). {request} Launch is enabled once it is approved; the app checks every few minutes.</source>
            <translation>AWS가 GPU 할당량을 올릴 때까지 시작할 수 없습니다(현재 vCPU {value}개, 필요 {needed}개). {request} 승인되면 ‘시작’ 버튼이 켜지며, 앱이 몇 분마다 확인합니다.</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>시작(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Start your instance</source>
            <translation>내 인스턴스 시작(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Wait for your instance</source>
            <translation>인스턴스 기다리기(&amp;W)</translation>
        </message>
        <message>
            <source>starting up</source>
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
            <source>Your instance {instance} ({type}) is {state}.</source>
            <translation>내 인스턴스({instance}, {type})는 지금 {state} 상태입니다.</translation>
        </message>
        <message>
            <source>Ready for the next step: connecting with SSH.</source>
            <translation>다음 단계인 SSH 접속을 할 수 있습니다.</translation>
        </message>
        <message>
            <source>The price of this type could not be looked up.</source>
            <translation>이 유형의 요금을 찾지 못했습니다.</translation>
        </message>
        <message>
            <source>Running: about &lt;b&gt;{hourly} an hour&lt;/b&gt; (machine, address and disk).</source>
            <translation>실행 중: &lt;b&gt;시간당 약 {hourly}&lt;/b&gt;(머신, 주소, 디스크).</translation>
        </message>
        <message>
            <source>Stopped: about &lt;b&gt;{monthly} a month&lt;/b&gt; for the disk alone.</source>
            <translation>중지됨: 디스크만 &lt;b&gt;월 약 {monthly}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Spot machines usually cost much less; the price varies.</source>
            <translation>스팟 머신은 보통 훨씬 싸며, 요금은 수시로 바뀝니다.</translation>
        </message>
        <message>
            <source>Launch the GPU machine</source>
            <translation>GPU 머신 시작</translation>
        </message>
        <message>
            <source>Step 4 of the guide: start an instance with Amazon's deep learning software.</source>
            <translation>가이드 4단계: 아마존의 딥러닝 소프트웨어로 인스턴스 시작.</translation>
        </message>
        <message>
            <source>The app launches an instance from the newest Deep Learning AMI (PyTorch on Ubuntu, GPU drivers included), with your key and a firewall that lets only this computer in.</source>
            <translation>앱은 최신 Deep Learning AMI(Ubuntu의 PyTorch, GPU 드라이버 포함)로 인스턴스를 시작합니다. 내 키와, 이 컴퓨터만 들어올 수 있게 하는 방화벽(보안 그룹)을 함께 설정합니다.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>인스턴스 유형</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>옵션</translation>
        </message>
        <message>
            <source>&amp;More options: disk size, spot, idle auto-stop</source>
            <translation>옵션 더 보기(&amp;M): 디스크 크기, 스팟, 유휴 자동 중지</translation>
        </message>
        <message>
            <source>&amp;Disk size</source>
            <translation>디스크 크기(&amp;D)</translation>
        </message>
        <message>
            <source>Spot instance: cheaper, but AWS may stop it at any time</source>
            <translation>스팟 인스턴스: 더 싸지만 AWS가 언제든 중지할 수 있습니다</translation>
        </message>
        <message>
            <source>Stop by itself when idle (recommended)</source>
            <translation>유휴 상태이면 자동 중지(권장)</translation>
        </message>
        <message>
            <source>Idle means CPU below</source>
            <translation>유휴 기준: CPU 사용률</translation>
        </message>
        <message>
            <source>for (minutes)</source>
            <translation>지속 시간(분)</translation>
        </message>
        <message>
            <source>An AWS alarm stops the instance when it has been idle that long, in case you forget. Stopping keeps your work.</source>
            <translation>잊어버릴 때를 대비해, 그 시간 동안 유휴 상태이면 AWS 경보가 인스턴스를 중지합니다. 중지해도 작업은 남아 있습니다.</translation>
        </message>
        <message>
            <source>Check the quota again</source>
            <translation>할당량 다시 확인</translation>
        </message>
    </context>
    <context>
        <name>Ledger</name>
        <message>
            <source>This month: about {total} (GPU {gpu}, disk {disk})</source>
            <translation>이번 달: 약 {total} (GPU {gpu}, 디스크 {disk})</translation>
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
            <translation>인스턴스({instance})의 상태가 예상과 다릅니다. 현재: {state}, 예상: {wanted}. 이유: {reason}</translation>
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
            <translation>fastai launcher: fast.ai 강의를 위한 GPU</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Could not find out this computer's public internet address.</source>
            <translation>이 컴퓨터의 퍼블릭 IP 주소를 알아내지 못했습니다.</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>인터넷 연결을 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Your web proxy shows the address {proxied}, but SSH to the instance goes directly from {direct}: the app allows SSH from {direct} only.</source>
            <translation>웹 프록시를 거치면 주소가 다르게 보입니다(프록시 주소: {proxied}). 하지만 인스턴스로 가는 SSH는 프록시를 거치지 않으므로, 앱은 직접 연결의 주소에서 오는 SSH만 허용합니다. 허용한 주소: {direct}</translation>
        </message>
        <message>
            <source>This network reaches the internet only through a web proxy ({proxy}), but SSH to the instance needs a direct connection.</source>
            <translation>이 네트워크는 웹 프록시를 통해서만 인터넷에 나갑니다. 프록시: {proxy}. 인스턴스로 SSH 접속을 하려면 직접 연결이 필요합니다.</translation>
        </message>
        <message>
            <source>Use another network (a phone's hotspot works), or ask the network's administrator to allow outgoing SSH (port 22).</source>
            <translation>다른 네트워크(휴대폰 핫스팟도 됩니다)를 쓰거나, 네트워크 관리자에게 밖으로 나가는 SSH(포트 22)를 허용해 달라고 요청하세요.</translation>
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
        <name>Notebooks</name>
        <message>
            <source>Downloading your notebooks: {done} of {total}</source>
            <translation>노트북을 다운로드하는 중: {done} / {total}</translation>
        </message>
        <message>
            <source>The instance did not list your notebooks.</source>
            <translation>인스턴스가 노트북 목록을 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>Check that the course is installed, then try again.</source>
            <translation>강의가 설치되어 있는지 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The instance does not offer file transfer (SFTP).</source>
            <translation>인스턴스가 파일 전송 기능을 제공하지 않습니다.</translation>
        </message>
        <message>
            <source>Open the notebooks in Jupyter and use its Download command for each one.</source>
            <translation>Jupyter에서 노트북을 열고 노트북마다 Jupyter의 다운로드 명령을 사용하세요.</translation>
        </message>
    </context>
    <context>
        <name>OfferTable</name>
        <message>
            <source>no price known</source>
            <translation>요금 알 수 없음</translation>
        </message>
    </context>
    <context>
        <name>Pricing</name>
        <message>
            <source>AWS price list, {date}</source>
            <translation>AWS 요금표, {date}</translation>
        </message>
        <message>
            <source>AWS price list as saved on {date}</source>
            <translation>{date}에 저장한 AWS 요금표</translation>
        </message>
        <message>
            <source>Price table shipped with the app, as of {date}: may be out of date</source>
            <translation>앱에 들어 있는 요금표({date} 기준): 지금과 다를 수 있음</translation>
        </message>
    </context>
    <context>
        <name>QuitDialog</name>
        <message>
            <source>Quit fastai launcher</source>
            <translation>fastai launcher 끝내기</translation>
        </message>
        <message>
            <source>Your GPU instance is still running.</source>
            <translation>GPU 인스턴스가 아직 실행 중입니다.</translation>
        </message>
        <message>
            <source>{instance}

It costs money every minute it runs, even after this app quits. Stop it now? Your files stay on its disk.</source>
            <translation>{instance}

이 앱을 끝내도 인스턴스는 실행되는 동안 매분 요금이 나갑니다. 지금 중지할까요? 파일은 디스크에 그대로 남습니다.</translation>
        </message>
        <message>
            <source>Stop it and quit</source>
            <translation>중지하고 끝내기</translation>
        </message>
        <message>
            <source>Keep it running and quit</source>
            <translation>켜 둔 채로 끝내기</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Logging out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <source>{instance}

It keeps running, and costing, after you log out. Stop it now?</source>
            <translation>{instance}

로그아웃한 뒤에도 계속 실행되며 요금이 나갑니다. 지금 중지할까요?</translation>
        </message>
        <message>
            <source>Stop it</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>Keep it running</source>
            <translation>계속 켜 두기</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <source>Checking your GPU quota…</source>
            <translation>GPU 할당량을 확인하는 중…</translation>
        </message>
        <message>
            <source>In {region}, your account may run {value} vCPUs of “{name}”. A {type} needs {needed}.</source>
            <translation>{region}에서 이 계정의 “{name}” 할당량은 vCPU {value}개입니다. {type}에는 vCPU {needed}개가 필요합니다.</translation>
        </message>
        <message>
            <source>Enough: nothing to request.</source>
            <translation>충분합니다: 요청할 필요가 없습니다.</translation>
        </message>
        <message>
            <source>Not enough yet: AWS must raise it before the launch.</source>
            <translation>아직 부족합니다: 인스턴스를 시작하기 전에 AWS가 할당량을 올려야 합니다.</translation>
        </message>
        <message numerus="yes">
            <source>Ask AWS for %n vCPU(s)</source>
            <translation>
                <numerusform>AWS에 vCPU %n개 요청</numerusform>
            </translation>
        </message>
        <message>
            <source>Your request: {status}</source>
            <translation>요청 상태: {status}</translation>
        </message>
        <message>
            <source>Checked at {time}.</source>
            <translation>{time}에 확인했습니다.</translation>
        </message>
        <message numerus="yes">
            <source>The app checks again every %n minute(s).</source>
            <translation>
                <numerusform>앱이 %n분마다 다시 확인합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>GPU quota</source>
            <translation>GPU 할당량</translation>
        </message>
        <message>
            <source>Step 2 of the guide: permission to run a GPU machine.</source>
            <translation>가이드 2단계: GPU 머신을 실행할 권한.</translation>
        </message>
        <message>
            <source>AWS limits how many GPU machines an account may run, counted in vCPUs per region; new accounts start at 0. When yours is too low, the app asks AWS for more with one click, as the guide's “[FastAI] Limit Increase Request” does. AWS usually answers within a few hours, sometimes a day or two. If AWS opens a support case, say it is for the fast.ai course.</source>
            <translation>AWS는 계정이 실행할 수 있는 GPU 머신의 수를 리전마다 vCPU 수로 제한하며, 새 계정은 0에서 시작합니다. 할당량이 부족하면 가이드의 “[FastAI] Limit Increase Request”처럼 앱이 클릭 한 번으로 AWS에 증가를 요청합니다. AWS는 보통 몇 시간 안에, 때로는 하루나 이틀 뒤에 답합니다. AWS가 지원 케이스를 열면 fast.ai 강의용이라고 답하세요.</translation>
        </message>
        <message>
            <source>Your GPU quota</source>
            <translation>GPU 할당량</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>다시 확인(&amp;A)</translation>
        </message>
        <message>
            <source>While AWS decides, go on to the SSH key (Next), as the guide says. The launch waits for the approval.</source>
            <translation>AWS가 결정하는 동안 가이드대로 SSH 키 단계로 넘어가세요(다음). 인스턴스 시작은 승인된 뒤에 할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>Quotas</name>
        <message>
            <source>{instance_type} is not a GPU instance type.</source>
            <translation>GPU 인스턴스 유형이 아닙니다: {instance_type}</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS has not decided yet.</source>
            <translation>vCPU {desired}개를 요청했습니다. AWS가 아직 결정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Requested {desired} vCPUs; AWS Support opened case {case_id} and will answer by e-mail.</source>
            <translation>vCPU {desired}개를 요청했습니다. AWS 지원 센터에서 지원 케이스({case_id})를 열었으며 이메일로 답할 것입니다.</translation>
        </message>
        <message>
            <source>Approved: you may now run {desired} vCPUs.</source>
            <translation>승인되었습니다. 이제 vCPU {desired}개까지 실행할 수 있습니다.</translation>
        </message>
        <message>
            <source>AWS did not approve the request ({status}). Read the support case in the AWS console; you can ask again with a short reason (the fast.ai course).</source>
            <translation>AWS가 요청을 승인하지 않았습니다({status}). AWS 콘솔에서 지원 케이스를 읽어 보세요. 짧은 사유(fast.ai 강의 수강)를 적어 다시 요청할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecipeSteps</name>
        <message>
            <source>Get the course</source>
            <translation>강의 자료 받기</translation>
        </message>
        <message>
            <source>Install Miniforge (conda)</source>
            <translation>Miniforge(conda) 설치</translation>
        </message>
        <message>
            <source>Create the fastai v1 environment</source>
            <translation>fastai v1 환경 만들기</translation>
        </message>
        <message>
            <source>Update fastai</source>
            <translation>fastai 업데이트</translation>
        </message>
        <message>
            <source>Install fastai and Jupyter</source>
            <translation>fastai와 Jupyter 설치</translation>
        </message>
    </context>
    <context>
        <name>Recipes</name>
        <message>
            <source>Starting the installation on the instance</source>
            <translation>인스턴스에서 설치를 시작하는 중</translation>
        </message>
        <message>
            <source>The instance did not run the app's command.</source>
            <translation>인스턴스가 앱의 명령을 실행하지 않았습니다.</translation>
        </message>
        <message>
            <source>Check that the instance's disk is not full, then try again.</source>
            <translation>인스턴스 디스크가 가득 차지 않았는지 확인한 뒤 다시 시도하세요.</translation>
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
            <translation>{host}에 접속하는 중</translation>
        </message>
        <message>
            <source>a command on the instance</source>
            <translation>인스턴스의 명령</translation>
        </message>
        <message>
            <source>The file {path} could not be written on the instance.</source>
            <translation>인스턴스에 {path} 파일을 쓰지 못했습니다.</translation>
        </message>
        <message>
            <source>Check that the instance's disk is not full.</source>
            <translation>인스턴스 디스크가 가득 차지 않았는지 확인하세요.</translation>
        </message>
        <message>
            <source>The connection to {host} was lost.</source>
            <translation>연결이 끊어졌습니다: {host}</translation>
        </message>
        <message>
            <source>Reconnect; work running on the instance goes on meanwhile.</source>
            <translation>다시 접속하세요. 그동안 인스턴스에서 실행 중인 작업은 계속됩니다.</translation>
        </message>
        <message>
            <source>The instance refused the key {fingerprint} for the user {user}.</source>
            <translation>인스턴스가 키를 거부했습니다(사용자 {user}, 키 지문 {fingerprint}).</translation>
        </message>
        <message>
            <source>Check that the instance was launched with the key pair made from this key.</source>
            <translation>이 키로 만든 키 페어로 인스턴스를 시작했는지 확인하세요.</translation>
        </message>
        <message>
            <source>The instance at {host}:{port} did not accept an SSH connection.</source>
            <translation>{host}:{port}의 인스턴스가 SSH 접속을 받지 않았습니다.</translation>
        </message>
        <message>
            <source>Check that the instance is running and that the security group lets your address in, then try again.</source>
            <translation>인스턴스가 실행 중인지, 보안 그룹이 내 주소의 접속을 허용하는지 확인한 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Reminders and logging off</source>
            <translation>알림과 로그아웃</translation>
        </message>
        <message>
            <source>&amp;Remind me every (minutes):</source>
            <translation>알림 간격(분)(&amp;R):</translation>
        </message>
        <message>
            <source>never</source>
            <translation>알리지 않음</translation>
        </message>
        <message>
            <source>While your GPU instance runs, the app tells you this often that it is still running and what it has cost so far.</source>
            <translation>GPU 인스턴스가 실행 중이면, 앱이 이 간격마다 아직 실행 중이라는 것과 지금까지 든 비용을 알려 줍니다.</translation>
        </message>
        <message>
            <source>&amp;Louder reminder after (hours a day):</source>
            <translation>더 강하게 알릴 하루 실행 시간(&amp;L):</translation>
        </message>
        <message>
            <source>Once it has run this many hours in one day, the reminder becomes a louder warning.</source>
            <translation>하루에 이 시간만큼 실행되면, 알림이 더 눈에 띄는 경고로 바뀝니다.</translation>
        </message>
        <message>
            <source>&amp;Stop my instance when I log off or shut down</source>
            <translation>로그아웃하거나 컴퓨터를 끌 때 인스턴스 중지(&amp;S)</translation>
        </message>
        <message>
            <source>The app stops a running instance without asking first, so it does not run (and cost money) while you are away. Your files stay on its disk.</source>
            <translation>실행 중인 인스턴스를 묻지 않고 중지하므로, 자리를 비운 동안 계속 실행되며 비용이 드는 일이 없습니다. 파일은 인스턴스의 디스크에 그대로 남습니다.</translation>
        </message>
    </context>
    <context>
        <name>SignInAgain</name>
        <message>
            <source>Sign in again to stop the instance</source>
            <translation>인스턴스를 중지하려면 다시 로그인하세요</translation>
        </message>
        <message>
            <source>Your AWS sign-in has ended (it lasts up to 12 hours), so the app cannot stop {instance} yet.</source>
            <translation>AWS 로그인이 끝났습니다(최대 12시간 유지됩니다). 그래서 앱이 아직 인스턴스를 중지할 수 없습니다. 인스턴스: {instance}</translation>
        </message>
        <message>
            <source>your instance</source>
            <translation>내 인스턴스</translation>
        </message>
        <message>
            <source>Sign in again in your browser and the app stops it at once. Until then it keeps running and costing; if you do nothing, its idle alarm on AWS stops it after it has been idle for the time you chose.</source>
            <translation>브라우저에서 다시 로그인하면 앱이 바로 중지합니다. 그때까지는 계속 실행되며 요금이 나옵니다. 아무것도 하지 않아도 정한 시간만큼 유휴 상태가 이어지면 AWS의 유휴 경보가 중지합니다.</translation>
        </message>
        <message>
            <source>&amp;Sign in with your browser and stop</source>
            <translation>브라우저로 로그인하고 중지(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Not signed in yet.</source>
            <translation>아직 로그인하지 않았습니다.</translation>
        </message>
        <message>
            <source>Signed in to the AWS account {account} as {user}.</source>
            <translation>AWS 계정 {account}에 로그인했습니다. 사용자: {user}</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the secret in, so the app keeps it only until you quit. You will type it again next time.</source>
            <translation>이 컴퓨터에는 비밀 키를 보관할 키링이 없어서, 앱을 끝낼 때까지만 기억합니다. 다음에 다시 입력해야 합니다.</translation>
        </message>
        <message>
            <source>Sign in to AWS</source>
            <translation>AWS에 로그인</translation>
        </message>
        <message>
            <source>Open this address in any browser, sign in, and paste the code the AWS page shows:
{url}</source>
            <translation>아무 브라우저에서나 이 주소를 열고 로그인한 뒤, AWS 페이지에 나오는 코드를 붙여 넣으세요.
{url}</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>복사했습니다</translation>
        </message>
        <message>
            <source>Step 1 of the guide: your AWS account.</source>
            <translation>가이드 1단계: 내 AWS 계정.</translation>
        </message>
        <message>
            <source>The GPU machine runs in your own AWS account. Sign in as you do on the AWS website: the app opens AWS's sign-in page in your browser and receives a sign-in that lasts up to 12 hours. No access key, no terminal.</source>
            <translation>GPU 머신은 내 AWS 계정에서 실행됩니다. AWS 웹사이트에서 하듯이 로그인하세요. 앱이 브라우저에서 AWS 로그인 페이지를 열고, 최대 12시간 유지되는 로그인을 받습니다. 액세스 키도, 터미널도 필요 없습니다.</translation>
        </message>
        <message>
            <source>Sign in with your &amp;browser</source>
            <translation>브라우저로 로그인(&amp;B)</translation>
        </message>
        <message>
            <source>Sign in with your browser</source>
            <translation>브라우저로 로그인</translation>
        </message>
        <message>
            <source>Use your usual AWS sign-in (the root user of a new account works too). Come back to this window once the page says so.</source>
            <translation>평소의 AWS 로그인을 쓰세요(새 계정의 루트 사용자도 됩니다). 페이지에 안내가 나오면 이 창으로 돌아오세요.</translation>
        </message>
        <message>
            <source>The browser did not come back to the app? Sign in with a &amp;code instead</source>
            <translation>브라우저가 앱으로 돌아오지 않았나요? 대신 코드로 로그인(&amp;C)</translation>
        </message>
        <message>
            <source>Sign in with a code</source>
            <translation>코드로 로그인</translation>
        </message>
        <message>
            <source>Co&amp;de</source>
            <translation>코드(&amp;D)</translation>
        </message>
        <message>
            <source>The code the AWS page shows</source>
            <translation>AWS 페이지에 나오는 코드</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>계속(&amp;C)</translation>
        </message>
        <message>
            <source>Permissions your IAM user needs</source>
            <translation>IAM 사용자에게 필요한 권한</translation>
        </message>
        <message>
            <source>Attach these two policies to your IAM user in the IAM console (Users → your user → Add permissions), then sign in again:
• {aws_policy}, AWS's managed policy for signing in to apps on your computer
• the fastai-launcher policy: create it from the JSON the button copies</source>
            <translation>IAM 콘솔에서 IAM 사용자에게 다음 두 정책을 연결한 뒤(사용자 → 내 사용자 → 권한 추가) 다시 로그인하세요.
• 컴퓨터의 앱에 로그인하기 위한 AWS 관리형 정책: {aws_policy}
• fastai-launcher 정책: 버튼으로 복사한 JSON으로 만드세요</translation>
        </message>
        <message>
            <source>Copy the fastai-launcher &amp;policy</source>
            <translation>fastai-launcher 정책 복사(&amp;P)</translation>
        </message>
        <message>
            <source>Open the &amp;IAM console</source>
            <translation>IAM 콘솔 열기(&amp;I)</translation>
        </message>
        <message>
            <source>You signed in as the account's root user. That works here, but for everyday work an IAM user or IAM Identity Center is safer: &lt;a href="{url}"&gt;how to make one&lt;/a&gt;.</source>
            <translation>계정의 루트 사용자로 로그인했습니다. 여기서는 그대로 쓸 수 있지만, 평소 작업에는 IAM 사용자나 IAM Identity Center가 더 안전합니다. &lt;a href="{url}"&gt;만드는 방법&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&amp;Other ways to sign in: an access key or an AWS profile</source>
            <translation>다른 로그인 방법(&amp;O): 액세스 키 또는 AWS 프로필</translation>
        </message>
        <message>
            <source>No AWS account yet?</source>
            <translation>아직 AWS 계정이 없나요?</translation>
        </message>
        <message>
            <source>Create an AWS &amp;account</source>
            <translation>AWS 계정 만들기(&amp;A)</translation>
        </message>
        <message>
            <source>Signing up asks for a credit card: the instance's use is billed to it (free credits, if you have any, are used first). AWS also checks your identity with a phone number it can call.</source>
            <translation>가입할 때 신용카드를 입력해야 합니다. 인스턴스 사용 요금이 이 카드로 청구됩니다(무료 크레딧이 있으면 그것부터 씁니다). 또한 AWS는 통화 가능한 전화번호로 신원을 확인합니다.</translation>
        </message>
        <message>
            <source>How the app signs in</source>
            <translation>로그인 방법</translation>
        </message>
        <message>
            <source>&amp;Type an access key</source>
            <translation>액세스 키 입력(&amp;T)</translation>
        </message>
        <message>
            <source>Use an AWS p&amp;rofile on this computer</source>
            <translation>이 컴퓨터의 AWS 프로필 사용(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;member the key in this computer's keyring</source>
            <translation>이 컴퓨터의 키링에 키 기억하기(&amp;M)</translation>
        </message>
        <message>
            <source>AWS profile</source>
            <translation>AWS 프로필</translation>
        </message>
        <message>
            <source>Make one in the AWS console: IAM → Users → your user → Security credentials → Create access key.</source>
            <translation>AWS 콘솔에서 만드세요: IAM → 사용자 → 내 사용자 → 보안 자격 증명 → 액세스 키 만들기.</translation>
        </message>
        <message>
            <source>Access key ID</source>
            <translation>액세스 키 ID</translation>
        </message>
        <message>
            <source>Secret access key</source>
            <translation>비밀 액세스 키</translation>
        </message>
        <message>
            <source>Access key &amp;ID</source>
            <translation>액세스 키 ID(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Secret access key</source>
            <translation>비밀 액세스 키(&amp;S)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>리전</translation>
        </message>
        <message>
            <source>AWS region</source>
            <translation>AWS 리전</translation>
        </message>
        <message>
            <source>Where the GPU machine will run. Choose one near you: the quota, the key and the machine all belong to this region.</source>
            <translation>GPU 머신이 실행될 곳입니다. 가까운 곳을 고르세요. 할당량, 키, 머신이 모두 이 리전에 속합니다.</translation>
        </message>
        <message>
            <source>Sign in and c&amp;heck</source>
            <translation>로그인하고 확인(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>SshConfig</name>
        <message>
            <source>The path {path} cannot be written into an SSH configuration: OpenSSH would misread its quotation mark, line break or dollar sign before a brace.</source>
            <translation>이 경로는 SSH 설정에 쓸 수 없습니다: {path}. 경로에 있는 따옴표, 줄바꿈, 또는 중괄호 앞의 달러 기호를 OpenSSH가 잘못 읽습니다.</translation>
        </message>
        <message>
            <source>Move the file to a folder whose name has none of these characters, then choose it again.</source>
            <translation>이런 문자가 이름에 없는 폴더로 파일을 옮긴 뒤 다시 고르세요.</translation>
        </message>
        <message>
            <source>The fastai-launcher section of {path} has lost its end line.</source>
            <translation>{path}의 fastai-launcher 구역에 끝 줄이 없습니다.</translation>
        </message>
        <message>
            <source>Delete the section from that file by hand, then try again.</source>
            <translation>그 파일에서 해당 구역을 직접 지운 뒤 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>StartNotices</name>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>손상된 파일은 따로 보관했습니다. 위치: {path}</translation>
        </message>
        <message>
            <source>The app's saved progress was damaged. It was recovered from its last good copy ({path}): your region, sign-in and instance are remembered.</source>
            <translation>앱에 저장된 진행 상황이 손상되었습니다. 마지막으로 정상이던 사본에서 되살렸습니다. 사본: {path}. 리전, 로그인, 인스턴스는 그대로 기억합니다.</translation>
        </message>
        <message>
            <source>The app's saved progress was damaged and no good copy was found: it starts again from the beginning. Once you sign in, it finds your instance again by its tag.</source>
            <translation>앱에 저장된 진행 상황이 손상되었고 정상 사본도 없습니다. 처음부터 다시 시작합니다. 로그인하면 앱이 태그로 인스턴스를 다시 찾습니다.</translation>
        </message>
        <message>
            <source>Some saved values were not ones the app allows and were reset to their defaults: {fields}. Check them on the launch page.</source>
            <translation>저장된 값 중 앱이 허용하지 않는 값이 있어 기본값으로 되돌렸습니다. 항목: {fields}. 인스턴스 시작 단계에서 확인하세요.</translation>
        </message>
        <message>
            <source>Saved progress</source>
            <translation>저장된 진행 상황</translation>
        </message>
    </context>
    <context>
        <name>StopDialog</name>
        <message>
            <source>&amp;Stop the instance</source>
            <translation>인스턴스 중지(&amp;S)</translation>
        </message>
        <message>
            <source>The disk ({size} GB) is still billed while stopped: about {monthly} a month.</source>
            <translation>중지해도 디스크({size} GB) 요금은 계속 나옵니다. 한 달 약 {monthly}입니다.</translation>
        </message>
        <message>
            <source>Jupyter and the connection close. The disk keeps everything on it: fastai, the course and your notebooks (a running kernel's variables are lost). The app never terminates (deletes) the instance; start it again from this app.</source>
            <translation>Jupyter와 연결이 닫힙니다. 디스크의 fastai, 강의, 내 노트북은 모두 그대로 남습니다(실행 중인 커널의 변수는 사라집니다). 앱은 인스턴스를 절대 종료(삭제)하지 않습니다. 이 앱에서 다시 시작하세요.</translation>
        </message>
        <message>
            <source>The disk is still billed while stopped.</source>
            <translation>중지해도 디스크 요금은 계속 나옵니다.</translation>
        </message>
        <message>
            <source>Stop the instance</source>
            <translation>인스턴스 중지</translation>
        </message>
        <message>
            <source>Stop {instance}?</source>
            <translation>인스턴스를 중지할까요? 인스턴스: {instance}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Download %n changed notebook(s) to this computer first</source>
            <translation>
                <numerusform>바뀐 노트북 %n개를 먼저 이 컴퓨터로 다운로드(&amp;D)</numerusform>
            </translation>
        </message>
        <message>
            <source>The instance {instance} may be running: it costs money while it runs. Stop it now? (Stopping keeps it; you can start it again.)</source>
            <translation>인스턴스({instance})가 실행 중일 수 있습니다. 실행되는 동안 요금이 나옵니다. 지금 중지할까요? (중지해도 인스턴스는 남고, 다시 시작할 수 있습니다.)</translation>
        </message>
        <message>
            <source>Its idle auto-stop could not be set: if you keep it, it runs until you stop it.</source>
            <translation>유휴 자동 중지를 설정하지 못했습니다. 그대로 두면 직접 중지할 때까지 계속 실행됩니다.</translation>
        </message>
        <message>
            <source>Stop the instance?</source>
            <translation>인스턴스를 중지할까요?</translation>
        </message>
        <message>
            <source>&amp;Keep it running</source>
            <translation>계속 켜 두기(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>StopPage</name>
        <message>
            <source>your instance</source>
            <translation>내 인스턴스</translation>
        </message>
        <message>
            <source>starting up</source>
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
            <source>The app has no instance in this region.</source>
            <translation>이 리전에 앱의 인스턴스가 없습니다.</translation>
        </message>
        <message>
            <source>Your instance {instance} ({type}) is {state}.</source>
            <translation>내 인스턴스({instance}, {type})는 지금 {state} 상태입니다.</translation>
        </message>
        <message>
            <source>Stop when you are done</source>
            <translation>다 쓰면 중지하기</translation>
        </message>
        <message>
            <source>Step 7 of the guide: stop, never terminate.</source>
            <translation>가이드 7단계: 중지하되, 종료(삭제)는 절대 하지 않기.</translation>
        </message>
        <message>
            <source>AWS bills the instance for every second it runs, used or not. Always stop it when you finish working. Stopping is like shutting down a computer: everything stays on its disk. Terminating would delete it all, so the app never does that.</source>
            <translation>AWS는 사용 여부와 상관없이 인스턴스가 실행되는 매초 요금을 청구합니다. 작업을 마치면 항상 중지하세요. 중지는 컴퓨터를 끄는 것과 같아서 디스크의 모든 것이 남습니다. 종료(삭제)하면 모두 지워지므로 앱은 절대 종료하지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Stop the instance</source>
            <translation>인스턴스 중지(&amp;S)</translation>
        </message>
        <message>
            <source>Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they stay there while it is stopped, but a running kernel's variables are lost when it stops.</source>
            <translation>노트북은 인스턴스 디스크에 있습니다. 위치: {folder} (그리고 ~/my-work). 중지해도 그대로 남지만, 실행 중인 커널의 변수는 중지하면 사라집니다.</translation>
        </message>
        <message>
            <source>Stopped. To work again, start this app: its home screen has Open Jupyter, one click that starts the instance, connects and opens Jupyter (about two minutes). Your notebooks are where you left them.</source>
            <translation>중지했습니다. 다시 작업하려면 이 앱을 실행하세요. 홈 화면의 ‘Jupyter 열기’를 한 번 누르면 인스턴스를 시작하고 접속해 Jupyter를 엽니다(약 2분). 노트북은 그대로 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel the running step</source>
            <translation>진행 중인 단계 취소</translation>
        </message>
        <message>
            <source>Time so far</source>
            <translation>경과 시간</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>작업 중…</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something unexpected went wrong ({kind}).</source>
            <translation>예상하지 못한 문제가 생겼습니다({kind}).</translation>
        </message>
        <message>
            <source>Try again. If it happens again, copy the details and report the problem.</source>
            <translation>다시 시도하세요. 또 그렇다면 자세한 내용을 복사해 문제를 알려 주세요.</translation>
        </message>
        <message>
            <source>the step “{name}”</source>
            <translation>“{name}” 단계</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Jupyter</source>
            <translation>Jupyter 열기</translation>
        </message>
        <message>
            <source>Stop instance</source>
            <translation>인스턴스 중지</translation>
        </message>
        <message>
            <source>Download my notebooks</source>
            <translation>내 노트북 다운로드</translation>
        </message>
        <message>
            <source>Snooze 30 minutes</source>
            <translation>30분 뒤에 다시 알림</translation>
        </message>
        <message>
            <source>Show window</source>
            <translation>창 보기</translation>
        </message>
        <message>
            <source>Reminders…</source>
            <translation>알림 설정…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>앱 끝내기</translation>
        </message>
    </context>
    <context>
        <name>Tunnel</name>
        <message>
            <source>Cannot reach the instance at {address}: {reason}</source>
            <translation>{address}의 인스턴스에 연결할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>Check that the instance is running and that your network is up.</source>
            <translation>인스턴스가 실행 중인지, 네트워크가 연결되어 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>The connection to the instance was lost ({reason}).</source>
            <translation>인스턴스와의 연결이 끊어졌습니다({reason}).</translation>
        </message>
        <message>
            <source>Reconnecting by itself; nothing to do.</source>
            <translation>자동으로 다시 연결하는 중입니다. 따로 할 일은 없습니다.</translation>
        </message>
        <message>
            <source>The instance answered with a host key we do not trust ({fingerprint}). Someone may be intercepting the connection.</source>
            <translation>인스턴스가 신뢰할 수 없는 호스트 키({fingerprint})로 응답했습니다. 누군가 연결을 가로채고 있을 수 있습니다.</translation>
        </message>
        <message>
            <source>Do not continue. Check the instance in the AWS console and verify its host key again.</source>
            <translation>계속하지 마세요. AWS 콘솔에서 인스턴스를 확인하고 호스트 키를 다시 검증하세요.</translation>
        </message>
        <message>
            <source>The instance refused our SSH key for the user {user}.</source>
            <translation>인스턴스가 사용자 {user}에 대한 앱의 SSH 키를 거부했습니다.</translation>
        </message>
        <message>
            <source>Check that the instance was launched with this app's key pair.</source>
            <translation>이 앱의 키 페어로 인스턴스를 시작했는지 확인하세요.</translation>
        </message>
        <message>
            <source>No free local port from {first} to {last} for the tunnel.</source>
            <translation>터널에 쓸 빈 로컬 포트가 {first}~{last} 사이에 없습니다.</translation>
        </message>
        <message>
            <source>Close the program using these ports (another Jupyter?) and try again.</source>
            <translation>이 포트를 쓰는 프로그램(다른 Jupyter?)을 닫고 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <source>about {hourly} an hour</source>
            <translation>시간당 약 {hourly}</translation>
        </message>
        <message>
            <source>its hourly price</source>
            <translation>시간당 요금</translation>
        </message>
        <message>
            <source>The instance is stopped: the update starts it first, and it costs {hourly} from then until you stop it.</source>
            <translation>인스턴스가 중지되어 있습니다. 업데이트는 먼저 인스턴스를 시작하며, 그때부터 중지할 때까지 요금이 나옵니다. 요금: {hourly}</translation>
        </message>
        <message>
            <source>Your changed and new notebooks are copied to ~/{folder} before anything changes (which ones is known once the instance runs).</source>
            <translation>무엇이든 바꾸기 전에, 바꾸거나 새로 만든 노트북을 먼저 복사해 둡니다. 위치: ~/{folder} (어떤 파일인지는 인스턴스가 실행되면 알 수 있습니다.)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>These changed or new notebooks of yours are copied to ~/{folder} first, then the course is updated: {files}</source>
            <translation>바꾸거나 새로 만든 다음 노트북을 먼저 복사해 둔 뒤 강의를 업데이트합니다. 위치: ~/{folder}. 파일: {files}</translation>
        </message>
        <message>
            <source>You changed no notebook of the course: nothing needs to be kept.</source>
            <translation>강의 노트북을 바꾼 것이 없습니다. 따로 보관할 파일이 없습니다.</translation>
        </message>
        <message>
            <source>Nothing of yours is deleted or hidden: Jupyter shows the copies in my-work.</source>
            <translation>내 파일은 하나도 지우거나 숨기지 않습니다. 복사본은 Jupyter의 my-work에서 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Update the course</source>
            <translation>강의 업데이트</translation>
        </message>
        <message>
            <source>Update the course on {instance}?</source>
            <translation>강의를 업데이트할까요? 인스턴스: {instance}</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>업데이트(&amp;U)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>환영합니다</translation>
        </message>
        <message>
            <source>Your own GPU machine on AWS for the fast.ai course, step by step.</source>
            <translation>fast.ai 강의용 나만의 AWS GPU 머신을 한 단계씩 준비합니다.</translation>
        </message>
        <message>
            <source>This app does the steps of the course's “AWS EC2” guide for you, so you do not need the AWS web console or a terminal. You can stop and come back later: it remembers where you were.</source>
            <translation>이 앱이 강의의 “AWS EC2” 가이드에 나온 단계를 모두 처리하므로, AWS 웹 콘솔이나 터미널을 쓰지 않아도 됩니다. 중간에 그만두고 나중에 돌아와도 어디까지 했는지 기억합니다.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>앱이 할 일</translation>
        </message>
        <message>
            <source>Show you what the GPU machine costs (below).</source>
            <translation>GPU 머신의 비용을 보여 줍니다(아래).</translation>
        </message>
        <message>
            <source>Sign in to your AWS account in your browser, as on the AWS website.</source>
            <translation>AWS 웹사이트에서처럼 브라우저로 AWS 계정에 로그인합니다.</translation>
        </message>
        <message>
            <source>Ask AWS to let your account use a GPU machine. New accounts start at zero; the answer can take from minutes to a day or two.</source>
            <translation>계정에서 GPU 머신을 쓸 수 있게 AWS에 요청합니다. 새 계정은 0에서 시작하며, 답을 받기까지 몇 분에서 하루 이틀이 걸릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Make an SSH key: the lock that lets only your computer log in to the machine.</source>
            <translation>SSH 키를 만듭니다. 내 컴퓨터만 머신에 로그인할 수 있게 하는 자물쇠입니다.</translation>
        </message>
        <message>
            <source>Start the GPU machine (an “instance”) with Amazon's Deep Learning software.</source>
            <translation>아마존의 딥러닝 소프트웨어가 담긴 GPU 머신(“인스턴스”)을 시작합니다.</translation>
        </message>
        <message>
            <source>Connect to it securely and install fastai and the course notebooks.</source>
            <translation>머신에 안전하게 접속하고 fastai와 강의 노트북을 설치합니다.</translation>
        </message>
        <message>
            <source>Open Jupyter in your browser, running on the GPU machine.</source>
            <translation>GPU 머신에서 실행되는 Jupyter를 브라우저에서 엽니다.</translation>
        </message>
        <message>
            <source>Stop the machine when you are done, so you stop paying for it.</source>
            <translation>다 쓰면 머신을 중지해서 요금이 더 나가지 않게 합니다.</translation>
        </message>
        <message>
            <source>What it will cost</source>
            <translation>예상 비용</translation>
        </message>
        <message>
            <source>Stop, never terminate.</source>
            <translation>중지만 하고, 종료(삭제)는 절대 하지 않습니다.</translation>
        </message>
        <message>
            <source>Stopping keeps the disk, so it costs only storage; terminating deletes everything. This app only ever stops your machine: it never terminates it.</source>
            <translation>중지하면 디스크가 남아 저장 비용만 듭니다. 종료(삭제)하면 모든 것이 지워집니다. 이 앱은 머신을 중지만 하고 절대 종료하지 않습니다.</translation>
        </message>
        <message>
            <source>Looking up the current price…</source>
            <translation>현재 요금을 찾는 중…</translation>
        </message>
        <message>
            <source>The current price could not be looked up here. AWS lists it at &lt;a href='https://aws.amazon.com/ec2/pricing/on-demand/'&gt;aws.amazon.com/ec2/pricing&lt;/a&gt;.</source>
            <translation>여기서는 현재 요금을 찾지 못했습니다. AWS 요금은 &lt;a href='https://aws.amazon.com/ec2/pricing/on-demand/'&gt;aws.amazon.com/ec2/pricing&lt;/a&gt;에서 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>While it runs, a {instance_type} machine with a {volume_gb} GB disk in {region} costs about &lt;b&gt;{hourly} an hour&lt;/b&gt;: a {lesson_hours}-hour lesson about {lesson}. Forgotten for a day, it costs {day}.</source>
            <translation>{region}에서 디스크 {volume_gb} GB인 {instance_type} 머신은 실행되는 동안 &lt;b&gt;시간당 약 {hourly}&lt;/b&gt;입니다. {lesson_hours}시간 수업 한 번에 약 {lesson}, 하루 동안 잊고 켜 두면 {day}입니다.</translation>
        </message>
        <message>
            <source>While it is stopped, only its disk is billed: about &lt;b&gt;{monthly} a month&lt;/b&gt;.</source>
            <translation>중지해 두면 디스크 요금만 나옵니다: &lt;b&gt;한 달에 약 {monthly}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Prices from AWS's price list on {date}.</source>
            <translation>{date} AWS 요금표 기준입니다.</translation>
        </message>
        <message>
            <source>Prices from AWS's price list, saved on {date}.</source>
            <translation>{date}에 저장한 AWS 요금표 기준입니다.</translation>
        </message>
        <message>
            <source>Prices from the table shipped with this app ({date}).</source>
            <translation>앱에 들어 있는 요금표({date}) 기준입니다.</translation>
        </message>
        <message>
            <source>Prices differ a little between regions; you choose yours when you sign in.</source>
            <translation>요금은 리전마다 조금씩 다릅니다. 리전은 로그인할 때 고릅니다.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Steps</source>
            <translation>단계</translation>
        </message>
    </context>
</TS>
