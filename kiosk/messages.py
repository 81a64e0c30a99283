"""What the core and the drivers tell a citizen or a technician, as typed values: a kind with its data.

The words for each kind live in the catalog (``i18n/*.ts``, see docs/words.md), in every language;
nothing here is a sentence. A kind's value is its catalog id, so a screen turns
``Message(Say.CARD_EXPIRED, (date(2024, 3, 5),))`` into "证件已于2024年3月5日过期…" or "This card
expired on 5 March 2024…" without the core knowing either. The catalog test checks that every kind
has finished words in every language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

# Data a message may carry: shown in the sentence in place of %1, %2, … (dates formatted per language,
# a nested Message in its own words, a tuple as a list in the language's way of listing).
Arg: TypeAlias = "str | int | date | Message | tuple[Arg, ...]"


class Say(enum.StrEnum):
    """Every message kind of the citizen session. The value is the catalog id."""

    # identification
    CARD_UNREADABLE = "card.unreadable"
    CARD_UNRECOGNISED = "card.unrecognised"
    CARD_BAD_NUMBER = "card.bad_number"
    CARD_BIRTH_MISMATCH = "card.birth_mismatch"
    CARD_SEX_MISMATCH = "card.sex_mismatch"
    CARD_NOT_YET_VALID = "card.not_yet_valid"
    CARD_NO_VALIDITY = "card.no_validity"
    CARD_EXPIRED = "card.expired"  # (date the card expired)
    # codes shown to the camera or scanner
    CODE_MALFORMED = "code.malformed"
    CODE_BAD_TRACKING = "code.bad_tracking"
    CODE_UNKNOWN_ISSUER = "code.unknown_issuer"
    CODE_BAD_SIGNATURE = "code.bad_signature"
    CODE_EXPIRED = "code.expired"
    CODE_REVOKED = "code.revoked"
    CODE_WRONG_PLACE = "code.wrong_place"
    CODE_AMBIGUOUS = "code.ambiguous"
    CODE_SEVERAL = "code.several"
    CODE_LICENSE_NOT_YOURS = "code.license_not_yours"
    CODE_LICENSE_ADDED = "code.license_added"  # (license name)
    # the errand
    SERVICE_NOT_AT_TERMINAL = "notice.service_not_at_terminal"
    MATERIALS_MISSING = "notice.materials_missing"  # (material names, joined)
    SIGNATURE_EMPTY = "notice.signature_empty"
    SIGNATURE_TOO_SHORT = "notice.signature_too_short"
    STORAGE_FULL = "notice.storage_full"
    STORE_FAILED = "notice.store_failed"
    SUBMITTED = "notice.submitted"
    PLEDGE_NEEDED = "notice.pledge_needed"
    RATE_NEEDS_REASON = "notice.rate_needs_reason"
    # photographing materials
    PAGE_NO_CAMERA_CONFIGURED = "page.no_camera_configured"
    PAGE_CAPTURING = "page.capturing"  # (material name)
    PAGE_CAPTURED = "page.captured"  # (material name)
    PAGE_FAILED = "page.failed"
    PAGE_NO_CAMERA = "page.no_camera"
    PAGE_NO_PAGE = "page.no_page"
    PAGE_TOO_LARGE = "page.too_large"
    PAGE_BLURRY = "page.blurry"
    PAGE_GLARE = "page.glare"
    PAGE_TOO_DARK = "page.too_dark"
    PAGE_TOO_SMALL = "page.too_small"
    # printing
    RECEIPT_PRINTING = "print.receipt_printing"
    RECEIPT_PRINT_FAILED = "print.receipt_failed"
    LICENSE_PRINTING = "print.license_printing"  # (license name)
    LICENSE_PRINT_FAILED = "print.license_failed"
    PRINTED = "print.done"
    PRINTER_PROBLEM = "print.problem"  # (PrintProblem value): that problem's words, then "your file is kept"
    # progress and certificates
    PROGRESS_NOT_HERE = "progress.not_here"
    PROGRESS_ENTER_NUMBER = "progress.enter_number"
    PROGRESS_QUERYING = "progress.querying"
    PROGRESS_PLATFORM_DOWN = "progress.platform_down"
    PROGRESS_NOT_FOUND = "progress.not_found"
    PROGRESS_FAILED = "progress.failed"
    PROGRESS_NOT_YET = "progress.not_yet"
    PROGRESS_CACHED = "progress.cached"  # (minutes old)
    LICENSES_QUERYING = "licenses.querying"
    LICENSES_FAILED = "licenses.failed"
    LICENSES_NONE = "licenses.none"
    # the service guide and the form's built-in fields (the item's own words are platform data)
    DAYS_IMMEDIATE = "days.immediate"
    WORKING_DAYS = "days.working"  # (n)
    GUIDE_TIME_LIMIT = "guide.time_limit"  # (legal days, promised days)
    GUIDE_TIME_LIMIT_BUNDLE = "guide.time_limit_bundle"  # (promised days)
    GUIDE_JOINT_DEPARTMENTS = "guide.joint_departments"
    GUIDE_CROSS_WHERE = "guide.cross_where"  # (region names)
    GUIDE_MATERIAL_ELICENSE = "guide.material_elicense"  # (material name)
    GUIDE_FEE = "guide.fee"  # (fee name, yuan)
    GUIDE_NO_FEE = "guide.no_fee"
    SECTION_CONDITIONS = "guide.section.conditions"
    SECTION_MATERIALS = "guide.section.materials"
    SECTION_FEES = "guide.section.fees"
    SECTION_TIME_LIMIT = "guide.section.time_limit"
    SECTION_CROSS_WHERE = "guide.section.cross_where"
    SECTION_LEGAL_BASIS = "guide.section.legal_basis"
    SECTION_DELIVERY = "guide.section.delivery"
    MATERIAL_WAIVED = "materials.waived"
    MATERIAL_PHOTO = "materials.photo"
    MATERIAL_OPTIONAL = "materials.optional"
    MATERIAL_PHOTOGRAPHED = "materials.photographed"
    FIELD_HANDLING_REGION = "field.handling_region"
    FIELD_HANDLING_HINT = "field.handling_hint"
    FIELD_DELIVERY = "field.delivery"
    FIELD_EMS_RECIPIENT = "field.ems_recipient"
    FIELD_EMS_PHONE = "field.ems_phone"
    FIELD_EMS_REGION = "field.ems_region"
    FIELD_EMS_ADDRESS = "field.ems_address"
    FIELD_EMS_HINT = "field.ems_hint"
    FIELD_STREET_ADDRESS = "field.street_address"
    FIELD_DATE_HINT = "field.date_hint"
    FIELD_ID_NUMBER = "field.id_number"
    REVIEW_SERVICE = "review.service"
    DELIVERY_EMS = "delivery.ems"
    DELIVERY_ONLINE = "delivery.online"
    DELIVERY_PICKUP = "delivery.pickup"
    REGION_PROVINCE = "region.province"
    REGION_CITY = "region.city"
    REGION_COUNTY = "region.county"
    # form validation: %1 is the field's label
    FORM_PLEASE_FILL = "form.please_fill"
    FORM_PLEASE_CHOOSE = "form.please_choose"
    FORM_TOO_SHORT = "form.too_short"  # (label, n)
    FORM_TOO_LONG = "form.too_long"  # (label, n)
    FORM_NOT_NUMBER = "form.not_number"
    FORM_NOT_INTEGER = "form.not_integer"
    FORM_TOO_SMALL = "form.too_small"  # (label, minimum)
    FORM_TOO_LARGE = "form.too_large"  # (label, maximum)
    FORM_BAD_DATE = "form.bad_date"
    FORM_FUTURE_DATE = "form.future_date"
    FORM_DATE_BEFORE = "form.date_before"  # (label, date)
    FORM_DATE_AFTER = "form.date_after"  # (label, date)
    FORM_BAD_OPTION = "form.bad_option"
    FORM_BAD_REGION = "form.bad_region"
    FORM_REGION_LEVEL = "form.region_level"  # (label, level)
    FORM_PHONE_DIGITS = "form.phone_digits"
    FORM_PHONE_WRONG = "form.phone_wrong"
    FORM_ADDRESS_SHORT = "form.address_short"  # (label, n)
    FORM_DELIVERY_CHOOSE = "form.delivery_choose"
    FORM_DELIVERY_UNSUPPORTED = "form.delivery_unsupported"  # (method)
    FORM_HANDLING_CHOOSE = "form.handling_choose"
    FORM_HANDLING_UNSUPPORTED = "form.handling_unsupported"
    ID_LENGTH = "id.length"  # (label)
    ID_CHARACTERS = "id.characters"
    ID_CHECK = "id.check"
    ID_BIRTH = "id.birth"
    ID_REGION = "id.region"


class CardProblem(enum.StrEnum):
    """Why a card that was read cannot be used (``kiosk.ports.CardRejected.problem``)."""

    UNREADABLE = Say.CARD_UNREADABLE.value
    UNRECOGNISED = Say.CARD_UNRECOGNISED.value
    BAD_NUMBER = Say.CARD_BAD_NUMBER.value
    BIRTH_MISMATCH = Say.CARD_BIRTH_MISMATCH.value
    SEX_MISMATCH = Say.CARD_SEX_MISMATCH.value
    NOT_YET_VALID = Say.CARD_NOT_YET_VALID.value
    NO_VALIDITY = Say.CARD_NO_VALIDITY.value
    EXPIRED = Say.CARD_EXPIRED.value


class PrintProblem(enum.StrEnum):
    """What stopped a print job (CUPS printer-state-reasons and job states, ESC/POS status bits)."""

    MEDIA_EMPTY = "media-empty"
    MEDIA_JAM = "media-jam"
    OFFLINE = "offline"
    DOOR_OPEN = "door-open"
    COVER_OPEN = "cover-open"
    TONER_EMPTY = "toner-empty"
    MARKER_SUPPLY_EMPTY = "marker-supply-empty"
    INPUT_TRAY_MISSING = "input-tray-missing"
    OUTPUT_AREA_FULL = "output-area-full"
    PAUSED = "paused"
    REJECTING = "rejecting"
    NO_QUEUE = "no-queue"
    NO_SCHEDULER = "no-scheduler"
    UNREACHABLE = "unreachable"
    CANCELED = "canceled"
    ABORTED = "aborted"
    ERROR = "error"
    NO_STATUS = "no-status"
    UNCONFIRMED = "unconfirmed"
    RENDER = "render"

    @property
    def catalog_id(self) -> str:
        return f"print.problem.{self.value}"


class Tell(enum.StrEnum):
    """Every message kind of the technician screens (settings checks, PIN, outbox care, device
    state). The value is the catalog id; technician screens follow the site's default language."""

    PIN_NOT_SET = "tech.pin.not_set"
    PIN_LOCKED = "tech.pin.locked"  # (minutes)
    PIN_WRONG = "tech.pin.wrong"  # (attempts left)
    SETTING_BAD_TERMINAL_ID = "tech.setting.bad_terminal_id"  # (value typed)
    SETTING_BAD_URL = "tech.setting.bad_url"  # (value typed)
    SETTING_ONLY = "tech.setting.only"  # (allowed values, value typed)
    SETTING_RANGE = "tech.setting.range"  # (low, high, value typed)
    SETTING_NOT_NUMBER = "tech.setting.not_number"  # (value typed)
    SETTING_INVALID = "tech.setting.invalid"  # (the validator's detail, value typed)
    SETTING_UNKNOWN = "tech.setting.unknown"  # (key)
    SETTING_EMPTY = "tech.setting.empty"
    SETTING_QUEUE_CHARS = "tech.setting.queue_chars"  # (value typed)
    SETTING_NO_QUEUE = "tech.setting.no_queue"  # (value typed, queues CUPS has)
    SETTING_NONE = "tech.setting.none"
    SETTING_WHAT_PORT = "tech.setting.what_port"
    SETTING_WHAT_CAMERA = "tech.setting.what_camera"
    SETTING_NOT_DEVICE = "tech.setting.not_device"  # (what, path)
    SETTING_NO_DEVICE = "tech.setting.no_device"  # (what, path)
    SETTING_DEVICE_ACCESS = "tech.setting.device_access"  # (what, path)
    SETTING_KEY_MISSING = "tech.setting.key_missing"  # (path)
    SETTING_KEY_UNREADABLE = "tech.setting.key_unreadable"  # (path)
    SETTING_KEY_EMPTY = "tech.setting.key_empty"  # (path)
    SETTING_SAVE_FAILED = "tech.setting.save_failed"  # (detail)
    DEVICE_IDCARD = "tech.device.idcard"
    DEVICE_CAMERA = "tech.device.camera"
    DEVICE_SCANNER = "tech.device.scanner"
    DEVICE_PRINTER = "tech.device.printer"
    DEVICE_RECEIPT_PRINTER = "tech.device.receipt_printer"
    DEVICE_PLATFORM = "tech.device.platform"
    DEVICE_OUTBOX = "tech.device.outbox"
    DEVICE_DISK = "tech.device.disk"
    DEVICE_UNTESTED = "tech.state.untested"
    DEVICE_OK = "tech.state.ok"
    DEVICE_BROKEN = "tech.state.broken"
    # why the platform refused an item for good (outbox dead letters)
    REFUSED_INVALID = "tech.refused.invalid"  # 400, 422: the content did not pass the platform's checks
    REFUSED_NOT_FOUND = "tech.refused.not_found"  # 404
    REFUSED_GONE = "tech.refused.gone"  # 410
    REFUSED_TOO_LARGE = "tech.refused.too_large"  # 413
    REFUSED_OTHER = "tech.refused.other"  # another permanent 4xx
    REFUSED_DAMAGED = "tech.refused.damaged"  # the stored row could not be read back on this terminal
    REFUSED_UNKNOWN = "tech.refused.unknown"  # a reason in no known shape: the detail line says it


@dataclass(frozen=True)
class Message:
    """One thing to tell the citizen (a ``Say``) or a technician (a ``Tell``). ``args`` fill %1, %2, …
    of the catalog text.

    ``spoken`` is False when the args may be personal (a card's expiry date, a license name):
    the speech guide then speaks only the kind's fixed prompt, never the data.
    """

    kind: Say | Tell
    args: tuple[Arg, ...] = ()
    spoken: bool = True

    @property
    def catalog_id(self) -> str:
        if self.kind is Say.PRINTER_PROBLEM and self.args:
            return PrintProblem(str(self.args[0])).catalog_id
        return self.kind.value


def card_message(problem: CardProblem, expired_on: date | None = None) -> Message:
    args: tuple[Arg, ...] = (expired_on,) if problem is CardProblem.EXPIRED and expired_on is not None else ()
    return Message(Say(problem.value), args, spoken=not args)
