#!/usr/bin/env bash
# Proves that a running Keycloak serves realm plantrack as the services expect (see README.md next to this file).
#
#   deploy/keycloak/verify-realm.sh http://localhost:8180
#
# For every demo user (password grant, public client plantrack-web) and both confidential clients (client
# credentials) it fetches an access token, decodes its payload and checks: iss, sub, realm roles, province, org
# (the UUID derived from the organization code, recomputed here), aud (plantrack-api present, except for
# plantrack-outsider where it must be absent and plantrack-no-audience where there is no aud at all) and the
# lifespan (15 minutes; 5 s for plantrack-short-lived). It also checks the second realm plantrack-other (same
# client ids, another issuer) and that plantrack-web refuses an authorization request without PKCE. One line per
# account; exit status 1 if any check fails.
# Needs curl, bash and python3 (standard library only).
set -uo pipefail

KC="${1:?usage: $0 <keycloak-base-url, e.g. http://localhost:8180>}"
KC="${KC%/}"
REALM_URL="$KC/realms/plantrack"
failures=0

# check <label> <expected role> <expected province or -> <expected org code or -> <audience: yes|no|none> <curl args...>
# (environment: CHECK_REALM_URL for another realm than plantrack, EXPECT_LIFESPAN in seconds, default 900)
check() {
  local label="$1" role="$2" province="$3" org="$4" audience="$5"
  shift 5
  local response realm_url="${CHECK_REALM_URL:-$REALM_URL}"
  response="$(curl -sS --max-time 20 "$realm_url/protocol/openid-connect/token" "$@" 2>&1)"
  if ! RESPONSE="$response" LIFESPAN="${EXPECT_LIFESPAN:-900}" python3 - "$label" "$role" "$province" "$org" "$audience" "$realm_url" <<'PY'
import base64, hashlib, json, os, sys, uuid

label, role, province, org, audience, issuer = sys.argv[1:]
problems = []

def org_id(code):
    # Java UUID.nameUUIDFromBytes(("plantrack/organization/" + code).getBytes(UTF_8)): MD5, version 3, IETF variant.
    b = bytearray(hashlib.md5(("plantrack/organization/" + code).encode("utf-8")).digest())
    b[6] = (b[6] & 0x0F) | 0x30
    b[8] = (b[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(b)))

try:
    body = json.loads(os.environ["RESPONSE"])
    token = body["access_token"]
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
except Exception:
    print(f"FAIL {label:<24} no token: {os.environ['RESPONSE'][:300]}")
    sys.exit(1)

if claims.get("iss") != issuer:
    problems.append(f"iss={claims.get('iss')!r}, expected {issuer!r}")
if not claims.get("sub"):
    problems.append("no sub (client scope 'basic' missing?)")
roles = claims.get("realm_access", {}).get("roles", [])
if role not in roles:
    problems.append(f"realm role {role!r} missing from {roles}")
others = {"admin", "coordinator", "officer", "viewer", "ministry", "integration"} - {role}
if others & set(roles):
    problems.append(f"unexpected PlanTrack roles {sorted(others & set(roles))}")
if province == "-":
    if "province" in claims:
        problems.append(f"unexpected province={claims['province']!r}")
elif claims.get("province") != province:
    problems.append(f"province={claims.get('province')!r}, expected {province!r}")
expected_org = None if org == "-" else org_id(org)
if expected_org is None:
    if "org" in claims:
        problems.append(f"unexpected org={claims['org']!r}")
elif claims.get("org") != expected_org:
    problems.append(f"org={claims.get('org')!r}, expected {expected_org} ({org})")
aud = claims.get("aud", [])
aud = [aud] if isinstance(aud, str) else aud
if audience == "yes" and "plantrack-api" not in aud:
    problems.append(f"aud {aud} lacks plantrack-api")
if audience == "no" and "plantrack-api" in aud:
    problems.append(f"aud {aud} must not contain plantrack-api")
if audience == "none" and "aud" in claims:
    problems.append(f"aud {aud} must be absent")
lifespan = int(os.environ["LIFESPAN"])
if claims.get("exp", 0) - claims.get("iat", 0) != lifespan:
    problems.append(f"lifespan {claims.get('exp', 0) - claims.get('iat', 0)} s, expected {lifespan}")

summary = (f"roles={','.join(r for r in roles if not r.startswith(('default-roles', 'offline', 'uma')))} "
           f"province={claims.get('province', '-')} org={claims.get('org', '-')}"
           f"{' (' + org + ')' if org != '-' else ''} aud={','.join(aud)}")
if problems:
    print(f"FAIL {label:<24} {summary}: " + "; ".join(problems))
    sys.exit(1)
print(f"ok   {label:<24} {summary}")
PY
  then
    failures=$((failures + 1))
  fi
}

user() { # user <username> <role> <province> <org code>
  check "$1" "$2" "$3" "$4" yes -d grant_type=password -d client_id=plantrack-web \
    --data-urlencode "username=$1" -d password=demo
}

user kt.coordinator     coordinator KT KT.SKHCN
user kt.officer.finance officer     KT KT.STC
user kt.officer.police  officer     KT KT.CAT
user bk.coordinator     coordinator BK BK.SKHCN
user bk.officer.finance officer     BK BK.STC
user kt.viewer          viewer      KT KT.UBND
user bk.viewer          viewer      BK BK.UBND
user ministry           ministry    -  VN.BKHCN
user admin              admin       -  -
check provincial-integration integration KT - yes \
  -d grant_type=client_credentials -d client_id=provincial-integration -d client_secret=demo-secret
check plantrack-outsider viewer KT - no \
  -d grant_type=client_credentials -d client_id=plantrack-outsider -d client_secret=outsider-secret
check plantrack-no-audience viewer KT - none \
  -d grant_type=client_credentials -d client_id=plantrack-no-audience -d client_secret=no-audience-secret
EXPECT_LIFESPAN=5 check plantrack-short-lived viewer KT - yes \
  -d grant_type=client_credentials -d client_id=plantrack-short-lived -d client_secret=short-lived-secret
# The second realm: the same client ids and an admin, with the plantrack-api audience, but its own issuer and keys.
CHECK_REALM_URL="$KC/realms/plantrack-other" check "admin (plantrack-other)" admin - - yes \
  -d grant_type=password -d client_id=plantrack-web -d username=admin -d password=demo

# plantrack-web requires PKCE (S256): an authorization request without a code challenge is refused.
location="$(curl -sS --max-time 20 -o /dev/null -w '%{redirect_url}' \
  "$REALM_URL/protocol/openid-connect/auth?client_id=plantrack-web&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback")"
if [[ "$location" == *"error=invalid_request"*"code_challenge"* ]]; then
  echo "ok   plantrack-web (PKCE)     authorization request without code_challenge refused"
else
  echo "FAIL plantrack-web (PKCE)     authorization request without code_challenge was not refused: $location"
  failures=$((failures + 1))
fi

# The browser flow: authorization code with PKCE S256 logs a demo user in without any required action
# (no "update profile"/"verify email" page) and the code exchanges for a token with the same claims.
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
verifier="$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
challenge="$(python3 -c 'import base64, hashlib, sys; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).rstrip(b"=").decode())' "$verifier")"
redirect="http://localhost:8080/callback"
form="$(curl -sS --max-time 20 -c "$jar" -b "$jar" \
  "$REALM_URL/protocol/openid-connect/auth?client_id=plantrack-web&response_type=code&scope=openid&state=verify&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&code_challenge=$challenge&code_challenge_method=S256" \
  | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')"
location=""
if [[ -n "$form" ]]; then
  location="$(curl -sS --max-time 20 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode username=kt.officer.police --data-urlencode password=demo "$form")"
fi
code="$(python3 -c 'import sys, urllib.parse; q = urllib.parse.parse_qs(urllib.parse.urlparse(sys.argv[1]).query); print(q.get("code", [""])[0] if sys.argv[1].startswith(sys.argv[2]) else "")' "$location" "$redirect")"
if [[ -n "$code" ]]; then
  check "kt.officer.police (code)" officer KT KT.CAT yes -d grant_type=authorization_code -d client_id=plantrack-web \
    --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier" --data-urlencode "redirect_uri=$redirect"
else
  echo "FAIL kt.officer.police (code) browser login did not redirect back with a code: ${location:-no login form}"
  failures=$((failures + 1))
fi

if ((failures > 0)); then
  echo "$failures check(s) failed against $KC" >&2
  exit 1
fi
echo "realm plantrack at $KC: all checks passed"
