"""The world's AWS Sign-In double refuses what AWS Sign-In refuses.

Each test drives `POST /v1/token` directly (requests), with a code obtained by
playing the browser, and changes one thing from a correct request.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from urllib.parse import parse_qsl, urlencode

import pytest
import requests

from fastai_launcher.aws.browser_signin import dpop_proof, new_dpop_key
from tests.world.aws_signin import CROSS_DEVICE, SAME_DEVICE, SigninWorld, browse

VERIFIER = "v" * 64
CHALLENGE = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).decode()[:-1]


def authorize_url(endpoint: str, **changes: str) -> str:
    query = {
        "response_type": "code",
        "client_id": CROSS_DEVICE,
        "state": "s1",
        "code_challenge_method": "SHA-256",
        "scope": "openid",
        "redirect_uri": f"{endpoint}/v1/sessions/confirmation",
        "code_challenge": CHALLENGE,
        **changes,
    }
    return f"{endpoint}/v1/authorize?" + urlencode(query)


def code_for(endpoint: str, who: str = "student") -> str:
    shown = browse(authorize_url(endpoint), who).pasted_code
    pairs = dict(parse_qsl(base64.b64decode(shown).decode()))
    assert pairs["state"] == "s1"
    return pairs["code"]


def token(endpoint: str, body: dict, key=None, proof: str | None = None) -> requests.Response:
    url = f"{endpoint}/v1/token"
    headers = {"Content-Type": "application/json"}
    headers["DPoP"] = proof if proof is not None else dpop_proof(key or new_dpop_key(), url)
    return requests.post(url, data=json.dumps(body), headers=headers, timeout=10)


def grant(endpoint: str, code: str, **changes: str) -> dict:
    return {
        "clientId": CROSS_DEVICE,
        "grantType": "authorization_code",
        "code": code,
        "codeVerifier": VERIFIER,
        "redirectUri": f"{endpoint}/v1/sessions/confirmation",
        **changes,
    }


def error_of(answer: requests.Response) -> tuple[int, str]:
    return answer.status_code, answer.json().get("error", "")


def test_a_correct_exchange_answers_token_output_with_the_principal_as_subject(signin_world):
    endpoint = signin_world.endpoint
    answer = token(endpoint, grant(endpoint, code_for(endpoint, "root")))
    assert answer.status_code == 200, answer.text
    output = answer.json()
    assert set(output) == {"accessToken", "tokenType", "expiresIn", "refreshToken", "idToken"}
    assert output["accessToken"]["accessKeyId"].startswith("ASIA")
    payload = output["idToken"].split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["sub"] == "arn:aws:iam::123456789012:root"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"codeVerifier": "w" * 64}, "invalid_grant"),
        ({"clientId": SAME_DEVICE}, "invalid_grant"),
        ({"clientId": "arn:aws:signin:::devtools/other"}, "invalid_client"),
        ({"redirectUri": "http://127.0.0.1:1/oauth/callback"}, "invalid_grant"),
        ({"grantType": "password"}, "unsupported_grant_type"),
    ],
)
def test_a_wrong_exchange_is_refused(signin_world, changes, expected):
    endpoint = signin_world.endpoint
    answer = token(endpoint, grant(endpoint, code_for(endpoint), **changes))
    assert error_of(answer) == (400, expected)


def test_a_code_is_good_once(signin_world):
    endpoint = signin_world.endpoint
    code = code_for(endpoint)
    assert token(endpoint, grant(endpoint, code)).status_code == 200
    assert error_of(token(endpoint, grant(endpoint, code))) == (400, "invalid_grant")


def test_an_expired_code_is_authcode_expired(signin_world):
    endpoint = signin_world.endpoint
    code = code_for(endpoint)
    signin_world.expire_codes()
    answer = token(endpoint, grant(endpoint, code))
    assert error_of(answer) == (403, "AUTHCODE_EXPIRED")
    assert answer.headers["x-amzn-ErrorType"] == "AccessDeniedException"


def test_an_iam_user_without_the_sign_in_policy_gets_insufficient_permissions(signin_world):
    endpoint = signin_world.endpoint
    answer = token(endpoint, grant(endpoint, code_for(endpoint, "student-without-sign-in")))
    assert error_of(answer) == (403, "INSUFFICIENT_PERMISSIONS")


def _proof_with(key, url: str, **payload_changes) -> str:
    header_b64, payload_b64, signature = dpop_proof(key, url).split(".")
    payload = json.loads(base64.urlsafe_b64decode(payload_b64 + "=="))
    payload.update(payload_changes)
    changed = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{header_b64}.{changed}.{signature}"


def test_dpop_proofs_are_checked(signin_world):
    endpoint = signin_world.endpoint
    url = f"{endpoint}/v1/token"
    key = new_dpop_key()
    cases = {
        "missing": "",
        "another url": dpop_proof(key, url + "x"),
        "another method": dpop_proof(key, url, method="GET"),
        "old": dpop_proof(key, url, now=time.time() - 3600),
        "tampered": _proof_with(key, url, htu=url),  # same claims re-encoded: signature breaks
    }
    for name, proof in cases.items():
        answer = token(endpoint, grant(endpoint, code_for(endpoint)), proof=proof)
        assert error_of(answer) == (400, "invalid_request"), name
    replayed = dpop_proof(key, url)
    assert token(endpoint, grant(endpoint, code_for(endpoint)), proof=replayed).status_code == 200
    answer = token(endpoint, grant(endpoint, code_for(endpoint)), proof=replayed)
    assert error_of(answer) == (400, "invalid_request")


def test_refresh_rotates_the_token_is_bound_to_the_key_and_token_expired_is_injectable(
    signin_world,
):
    endpoint = signin_world.endpoint
    key = new_dpop_key()
    first = token(endpoint, grant(endpoint, code_for(endpoint)), key=key).json()
    refresh = {"clientId": CROSS_DEVICE, "grantType": "refresh_token"}

    other_key = token(endpoint, {**refresh, "refreshToken": first["refreshToken"]})
    assert error_of(other_key) == (400, "invalid_request")

    second = token(endpoint, {**refresh, "refreshToken": first["refreshToken"]}, key=key)
    assert second.status_code == 200, second.text
    assert "idToken" not in second.json()
    reused = token(endpoint, {**refresh, "refreshToken": first["refreshToken"]}, key=key)
    assert error_of(reused) == (400, "invalid_grant")

    signin_world.end_sessions("TOKEN_EXPIRED")
    expired = token(endpoint, {**refresh, "refreshToken": second.json()["refreshToken"]}, key=key)
    assert error_of(expired) == (403, "TOKEN_EXPIRED")


def test_a_session_ends_after_twelve_hours(signin_world):
    endpoint = signin_world.endpoint
    key = new_dpop_key()
    first = token(endpoint, grant(endpoint, code_for(endpoint)), key=key).json()
    signin_world.age_sessions(12 * 3600 + 1)
    refresh = {"clientId": CROSS_DEVICE, "grantType": "refresh_token"}
    answer = token(endpoint, {**refresh, "refreshToken": first["refreshToken"]}, key=key)
    assert error_of(answer) == (403, "TOKEN_EXPIRED")


@pytest.mark.parametrize(
    "changes",
    [
        {"client_id": "arn:aws:signin:::devtools/other"},
        {"code_challenge_method": "plain"},
        {"code_challenge": "short"},
        {"redirect_uri": "http://evil.example/callback"},
        {"client_id": SAME_DEVICE},  # with the cross-device redirect
        {"state": ""},
    ],
)
def test_the_sign_in_page_refuses_a_malformed_request(signin_world, changes):
    answer = requests.get(authorize_url(signin_world.endpoint, **changes), timeout=10)
    assert answer.status_code == 400


def test_the_sign_in_page_offers_root_and_three_iam_users_and_cancel(signin_world):
    page = requests.get(authorize_url(signin_world.endpoint), timeout=10).text
    for who in ("root", "student", "student-without-sign-in", "student-without-app-policy"):
        assert f'id="{who}"' in page
    assert 'id="cancel"' in page


def test_the_world_in_its_own_process_plays_sign_in_too(remote_aws_world):
    """The UI's acceptance tests use the child-process world: same double, same control."""
    endpoint = remote_aws_world.endpoint
    signin = SigninWorld(endpoint)
    key = new_dpop_key()
    first = token(endpoint, grant(endpoint, code_for(endpoint)), key=key)
    assert first.status_code == 200, first.text
    signin.end_sessions("TOKEN_EXPIRED")
    refresh = {"clientId": CROSS_DEVICE, "grantType": "refresh_token"}
    answer = token(endpoint, {**refresh, "refreshToken": first.json()["refreshToken"]}, key=key)
    assert error_of(answer) == (403, "TOKEN_EXPIRED")
    assert [call["grantType"] for call in signin.calls()] == ["authorization_code", "refresh_token"]
