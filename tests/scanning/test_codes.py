"""Payload formats: tracking numbers and signed codes, verified offline against the trust list."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.codes import (
    BadSignature,
    CodeError,
    CodeExpired,
    CodeRevoked,
    ELicenseCode,
    InvalidTrackingNumber,
    MalformedCode,
    ServiceCode,
    TrackingNumber,
    TrustList,
    TrustListError,
    UnknownIssuer,
    classify,
    make_tracking_number,
    parse_tracking_number,
)
from kiosk.codes.tracking import ALPHABET, gf32_check, problem_with
from kiosk.domain.identity import CardType, Gender
from sandbox_platform import issuer
from ui.words import Words

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ID = "11010519491231002X"
NAME = "张三丰"
TRUST = TrustList.from_json(issuer.trust_list(revoked=["revoked-1"]))


def service_code(**kw) -> str:
    kw.setdefault("now", NOW)
    return issuer.issue_service_code(ID, NAME, **kw)


# --- tracking numbers -------------------------------------------------------------------------


def test_a_made_tracking_number_parses_back_to_its_day():
    tn = make_tracking_number(date(2026, 11, 23))
    parsed = parse_tracking_number(tn.text.lower())
    assert (parsed.day, parsed.text) == (date(2026, 11, 23), tn.text)


def test_a_tracking_number_is_twelve_characters_in_groups_of_four_without_i_l_o_u():
    tn = make_tracking_number(date(2026, 11, 23)).text
    assert len(tn) == 14 and tn[4] == tn[9] == "-"
    assert not set(tn) & set("ILOU")


def test_typed_o_i_l_spaces_and_missing_hyphens_read_as_the_code_meant():
    tn = make_tracking_number(date(2026, 11, 23), random_part="10M0K1QZ").text
    typed = tn.replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_tracking_number(typed).text == tn


@given(st.text(alphabet=ALPHABET, min_size=8, max_size=8), st.data())
def test_any_single_character_change_of_a_tracking_number_is_rejected(rand, data):
    tn = make_tracking_number(date(2026, 11, 23), random_part=rand).text
    positions = [i for i, c in enumerate(tn) if c != "-"]
    i = data.draw(st.sampled_from(positions))
    replacement = data.draw(st.sampled_from([c for c in ALPHABET if c != tn[i]]))
    mutated = tn[:i] + replacement + tn[i + 1 :]
    with pytest.raises(InvalidTrackingNumber):
        parse_tracking_number(mutated)


def test_the_check_catches_every_single_error_and_every_swap_of_neighbours_or_characters_one_apart():
    # The check is linear over GF(32), so an error's effect does not depend on the rest of the code:
    # trying every pair of characters at every position of one code is exhaustive.
    body = make_tracking_number(date(2026, 11, 23), random_part="0000000A").text.replace("-", "")
    for i in range(len(body)):
        for c in ALPHABET:
            if c != body[i]:
                assert problem_with(body[:i] + c + body[i + 1 :]) == "check"
    for gap in (1, 2):
        for i in range(len(body) - gap):
            for a in ALPHABET:
                for b in ALPHABET:
                    if a == b:
                        continue
                    code = list(body)
                    code[i], code[i + gap] = a, b
                    good = "".join(code[:-1]) + gf32_check("".join(code[:-1]))
                    swapped = list(good)
                    swapped[i], swapped[i + gap] = swapped[i + gap], swapped[i]
                    if swapped == list(good):
                        continue  # the check character came out equal to its neighbour
                    assert problem_with("".join(swapped)) == "check", (i, gap, a, b)


def test_what_is_wrong_with_a_partly_typed_code_is_told_as_it_is_typed():
    tn = make_tracking_number(date(2026, 11, 23)).text
    assert problem_with(tn[:6]) == "short"
    assert problem_with(tn[:-1] + "U") == "bad_char"
    assert problem_with(tn) == ""


def test_classify_returns_a_tracking_number_for_one():
    tn = make_tracking_number(date(2026, 11, 23))
    assert classify(tn.text, TRUST, NOW) == TrackingNumber(tn.text, date(2026, 11, 23))


# --- signed codes: the good cases -------------------------------------------------------------


def test_a_valid_service_code_yields_the_subjects_identity():
    result = classify(service_code(gender="2", birth_date=date(1949, 12, 31)), TRUST, NOW)
    assert isinstance(result, ServiceCode)
    assert result.identity.card_type is CardType.SERVICE_CODE
    assert (result.identity.name, result.identity.document_number) == (NAME, ID)
    assert (result.identity.gender, result.identity.birth_date) == (Gender.FEMALE, date(1949, 12, 31))
    assert result.issuer == issuer.SERVICE_ISSUER


def test_a_valid_elicense_code_yields_the_license():
    text = issuer.issue_elicense_code(ID, NAME, license_number="HR-42", fields={"户主": NAME}, now=NOW)
    result = classify(text, TRUST, NOW)
    assert isinstance(result, ELicenseCode)
    assert (result.license.number, result.license.holder, result.holder_document_number) == ("HR-42", NAME, ID)
    assert result.license.fields == {"户主": NAME}


def test_an_elicense_codes_english_name_and_issuer_are_shown_in_english_and_optional():
    text = issuer.issue_elicense_code(ID, NAME, license_name_en="Household register booklet",
                                      license_issuer_en="Demo Public Security Bureau", now=NOW)
    result = classify(text, TRUST, NOW)
    assert isinstance(result, ELicenseCode)
    assert Words("en_US").render(result.license.title) == "Household register booklet"
    assert Words("en_US").render(result.license.issued_by) == "Demo Public Security Bureau"
    assert Words("zh_CN").render(result.license.title) == "居民户口簿"
    plain = classify(issuer.issue_elicense_code(ID, NAME, now=NOW), TRUST, NOW)
    assert isinstance(plain, ELicenseCode) and plain.license.name_en == ""


# --- signed codes: each bad kind has its typed error and message ------------------------------


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: "hello world", MalformedCode, "无法识别此二维码"),
        (lambda: "HKSC1.bm90IGpzb24.AAAA", MalformedCode, "无法识别此二维码"),
        (lambda: service_code(kid="someone-else"), UnknownIssuer, "不是本系统认可的机构签发"),
        (lambda: service_code(issuer="冒名机构"), UnknownIssuer, "不是本系统认可的机构签发"),
        (lambda: service_code(now=NOW - timedelta(hours=1)), CodeExpired, "已过期"),
        (lambda: service_code(code_id="revoked-1"), CodeRevoked, "已作废"),
    ],
    ids=["not-ours", "garbled-claims", "unknown-kid", "issuer-mismatch", "expired", "revoked"],
)
def test_each_bad_code_kind_is_rejected_with_its_citizen_message(make, error, message):
    with pytest.raises(error) as info:
        classify(make(), TRUST, NOW)
    assert message in Words("zh_CN").tr(info.value.say)


def test_a_code_with_a_tampered_claim_fails_its_signature():
    prefix, body, sig = service_code().split(".")
    claims = base64.urlsafe_b64decode(body + "==").replace("张三丰".encode(), "李四五".encode())
    forged = ".".join([prefix, base64.urlsafe_b64encode(claims).rstrip(b"=").decode(), sig])
    with pytest.raises(BadSignature) as info:
        classify(forged, TRUST, NOW)
    assert "篡改" in Words("zh_CN").tr(info.value.say)


def test_a_service_code_signature_cannot_be_replayed_as_an_elicense_code():
    _, body, sig = service_code().split(".")
    with pytest.raises(BadSignature):
        classify(f"HKEL1.{body}.{sig}", TRUST, NOW)


def test_an_expired_trust_list_key_is_not_trusted():
    data = issuer.trust_list()
    for key in data["keys"]:
        key["not_after"] = "2026-01-01"
    with pytest.raises(UnknownIssuer):
        classify(service_code(), TrustList.from_json(data), NOW)


def test_a_rejection_is_logged_for_the_technician_with_the_subject_masked(caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.codes"), pytest.raises(CodeExpired):
        classify(service_code(now=NOW - timedelta(days=1)), TRUST, NOW)
    assert "CodeExpired" in caplog.text and "1101**********002X" in caplog.text
    assert ID not in caplog.text and NAME not in caplog.text


def test_a_service_code_whose_subject_fails_gb11643_is_malformed():
    text = issuer.issue_service_code("110105194912310021", NAME, now=NOW)
    with pytest.raises(MalformedCode):
        classify(text, TRUST, NOW)


# --- fuzzing: only typed errors ---------------------------------------------------------------


@given(st.text(max_size=300))
def test_arbitrary_text_is_classified_or_rejected_with_a_typed_error(text):
    try:
        result = classify(text, TRUST, NOW)
    except CodeError as err:
        assert err.detail and str(err)
        return
    assert isinstance(result, TrackingNumber | ServiceCode | ELicenseCode)


@given(st.sampled_from(["HKSC1.", "HKEL1."]), st.text(alphabet="ABCabc012-_.=+/ ", max_size=120))
def test_text_that_looks_signed_is_rejected_with_a_typed_error(prefix, rest):
    with pytest.raises(CodeError):
        classify(prefix + rest, TRUST, NOW)


@given(st.dictionaries(st.sampled_from(["iss", "kid", "cid", "sub", "iat", "exp", "name", "g", "bd"]),
                       st.one_of(st.text(max_size=8), st.integers(-(2**70), 2**70), st.none(), st.booleans())))
def test_signed_claims_of_any_shape_are_accepted_or_rejected_with_a_typed_error(claims):
    from kiosk.codes.signed import CodeKind, sign_code

    text = sign_code(CodeKind.SERVICE, claims, issuer.demo_private_key(issuer.SERVICE_KID))
    try:
        result = classify(text, TRUST, NOW)
    except CodeError as err:
        assert err.detail and str(err)
        return
    assert isinstance(result, TrackingNumber | ServiceCode | ELicenseCode)


@pytest.mark.parametrize(
    "data",
    [
        {"keys": [], "revoked": []},
        {"version": 1, "keys": [{"kid": "k", "issuer": "i", "alg": "RS256", "public_key": "", "not_after": "2030"}]},
        {"version": 1, "keys": [{"kid": "k", "issuer": "i", "alg": "Ed25519", "public_key": "AA=="}]},
        {"version": 1, "keys": [], "revoked": [1]},
    ],
    ids=["no-version", "wrong-alg", "short-key", "non-string-revoked"],
)
def test_an_off_shape_trust_list_is_refused(data):
    with pytest.raises(TrustListError):
        TrustList.from_json(data)


def test_the_demo_trust_list_is_deterministic():
    assert issuer.trust_list() == issuer.trust_list()
    assert TrustList.from_json(issuer.trust_list()).keys.keys() == {issuer.SERVICE_KID, issuer.ELICENSE_KID}
