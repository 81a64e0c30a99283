"""The view model of the citizen screens: core state as Qt properties, taps as calls on the core.

Scalars share one change signal. Lists have their own, because re-reading a list makes QML
rebuild its delegates, which would drop the focus of a field the citizen is typing into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.catalog.regions import cascade_options
from kiosk.config.models import KioskConfig
from kiosk.domain.identity import CardType
from kiosk.domain.masking import mask_name
from kiosk.messages import Message, Say
from kiosk.ports import OutboxStatus, PlatformReads, TaskRunner
from kiosk.service_view import ServiceView
from kiosk.session.machine import InvalidTransition, SessionMachine
from kiosk.session.prefs import Language
from kiosk.session.states import Purpose, State
from kiosk.terminal import Terminal
from ui.speech.guide import SpeechGuide
from ui.theme import Theme
from ui.viewmodels.errands_vm import age_text, status_text
from ui.words import LANGUAGES, Words

log = logging.getLogger(__name__)


class SessionViewModel(QObject):
    changed = Signal()  # scalar values: cheap to re-read
    listsChanged = Signal()  # lists and maps: QML rebuilds their delegates, so only when they change
    choicesChanged = Signal()  # the values chosen on the form, read by the choice buttons
    fieldsChanged = Signal()  # the form's fields (rebuilding them drops the focus: only when they change)
    problemsChanged = Signal()  # the summary of what 下一步 found still wrong: its lines, not the fields
    materialsChanged = Signal()  # e-licenses and photos arrive while the citizen types: not the fields
    languageSwitched = Signal(str)  # the app installs that language's translator and retranslates QML

    def __init__(
        self,
        *,
        config: KioskConfig,
        terminal: Terminal,
        services: ServiceView,
        tasks: TaskRunner,
        platform: PlatformReads | None = None,
        outbox_status: Callable[[], OutboxStatus] | None = None,
        demo_actions: dict[str, Callable[[], None]] | None = None,
        words: Words | None = None,
        theme: Theme | None = None,
        speech: SpeechGuide | None = None,
    ) -> None:
        super().__init__()
        self._config = config
        self.words = words or Words(terminal.session.prefs.language)
        self.theme = theme or Theme()
        self.theme.set_elder(terminal.session.prefs.elder_mode)
        self.speech = speech
        self._spoken_screen: tuple[str, str] | None = None  # (screen, language) last announced
        self._spoken_notice: Message | None = None
        self._spoken_help = ""
        self._spoken_offer = False
        self._spoken_errors: dict[str, Message] = {}
        self._terminal = terminal
        self._session: SessionMachine = terminal.session
        self._services = services
        self._tasks = tasks
        self._platform = platform
        self._outbox_status = outbox_status
        self._demo_actions = demo_actions or {}
        self._query = ""
        self._category = ""
        self._service_list: list[dict[str, Any]] = []
        self._guide: dict[str, Any] = {}
        self._guide_words: tuple[dict[str, Any], str, dict[str, Any]] = ({}, "", {})
        self._form_words: list[dict[str, Any]] = []  # the open form's fields as the service view gave them
        self._cue: tuple[tuple[object, ...], bool] = ((), False)
        from ui.viewmodels.form_model import FormFieldsModel

        self._cascade_steps: dict[tuple[object, tuple[str, ...], str, int], list[dict[str, Any]]] = {}
        self._form = FormFieldsModel(self._region_options, self, render=self.words.render)
        self._form_for: tuple[str, object, int] | None = None  # what the form's rows were made from
        self._notice_seen: object = None  # the notice object last seen, and the screen it came up on
        self._notice_state = self._session.state
        self._reveal = False  # the card holder asked to see their data in full on the review screen
        # What 下一步 found wrong, as (field id, label, message) in the catalog's terms (the message None
        # for a missing material): put in words when read, so a change of language reaches them.
        self._problems: list[tuple[str, Any, Any]] = []
        self._materials: list[dict[str, Any]] = []
        self._review_rows: list[dict[str, str]] = []
        self._status = OutboxStatus()
        self._status_pending = False
        self._shown_state = self._session.state
        self._services_version = getattr(self._services, "version", 0)
        self._materials_basis = (0, 0)
        self._poll_help = 0
        self.forms_finished_at_once = 0  # Main.qml's rescue of a stalled form build (soak figure)
        from ui.signature import SignatureCollector

        self._signature = SignatureCollector(self)
        self._signature.changed.connect(self._on_signature_changed)
        self._session.subscribe(lambda _m: self._on_session_changed())
        self._session.on_wipe(self._wipe)
        from ui.viewmodels.change_gate import ChangeGate

        self._gate = ChangeGate()
        self._gate.watch(self)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._refresh_services()

    # --- properties -------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._session.state.value

    def tr(self, msg_id: str, *args: Any) -> str:
        return self.words.tr(msg_id, *args)

    def _get_title(self) -> str:
        return self.words.tr(f"title.{self._session.state.value}")

    def _get_greeting(self) -> str:
        identity = self._session.data.identity
        if identity is None:
            return ""
        if self.words.language == "en_US" and identity.name_en:
            return self.tr("choose.greeting", mask_name(identity.name_en))
        return self.tr("choose.greeting", mask_name(identity.display_name))

    def _get_notice(self) -> str:
        # A notice belongs to the screen that raised it: "please take your receipt" is not carried
        # onto the rating screen. A card refused just now is told on any screen, the home screen too.
        return self.words.say(self._owned_notice() or self._terminal.shown_card_problem())

    def _owned_notice(self) -> Message | None:
        notice = self._session.data.notice
        if notice is not self._notice_seen:  # new: it belongs to the screen showing now
            self._notice_seen, self._notice_state = notice, self._session.state
        return notice if self._notice_state is self._session.state else None

    def _get_card_problem(self) -> str:
        return self.words.say(self._terminal.shown_card_problem())

    def _get_receipt_message(self) -> str:
        return self.words.say(self._session.data.receipt_message)

    def _get_progress(self) -> dict[str, Any]:
        progress = dict(self._session.data.progress)
        # The title is the item's name alone: the screen shows the tracking number beside it as a text of
        # its own, which never breaks (in one line with the name it broke at the number's hyphen).
        progress["title"] = ""
        if progress.get("name"):
            # In English the item's English name where the platform sent one (the title was always the
            # Chinese name); where it sent none the screen's cue says the name is the platform's Chinese.
            shown = self.words.platform_row({"name": progress.pop("name"), "name_en": progress.pop("name_en", "")})
            progress["title"] = str(shown["name"])
            progress["in_chinese"] = bool(shown["in_chinese"])
        fresh = progress.pop("freshness", None)
        if fresh is not None:
            progress["age"] = age_text(self.words, fresh)
        progress["steps"] = [
            dict(step, name=status_text(self.words, str(step.get("status", "")), str(step.get("name", ""))))
            for step in progress.get("steps", [])
        ]
        return progress

    def _get_warning(self) -> int:
        left = self._session.warning_remaining_s()
        return -1 if left is None else int(left + 0.999)

    def _get_clock(self) -> str:
        return self._terminal.clock.now().strftime("%H:%M")

    screen = Property(str, _get_screen, notify=changed)
    title = Property(str, _get_title, notify=changed)
    greeting = Property(str, _get_greeting, notify=changed)
    notice = Property(str, _get_notice, notify=changed)
    warningSeconds = Property(int, _get_warning, notify=changed)
    clockText = Property(str, _get_clock, notify=changed)
    terminalId = Property(str, lambda self: self._config.terminal.id, constant=True)
    siteName = Property(str, lambda self: self._config.terminal.site_name, notify=changed)
    brandName = Property(str, lambda self: self._config.ui.brand_name, notify=changed)
    brandColor = Property(str, lambda self: self._config.ui.brand_color, notify=changed)
    windowWidth = Property(int, lambda self: self._config.ui.width, constant=True)
    windowHeight = Property(int, lambda self: self._config.ui.height, constant=True)
    demoMode = Property(bool, lambda self: bool(self._demo_actions), constant=True)
    platformReachable = Property(bool, lambda self: self._status.platform_connected, notify=changed)
    pendingCount = Property(int, lambda self: self._status.pending, notify=changed)
    categories = Property(list, lambda self: self.words.render(self._services.categories()), notify=listsChanged)
    catalogLoaded = Property(bool, lambda self: getattr(self._services, "loaded", True), notify=listsChanged)
    category = Property(str, lambda self: self._shown_category(), notify=changed)
    services = Property(list, lambda self: [self.words.platform_row(r) for r in self._service_list],
                        notify=listsChanged)
    # In English: whether this screen shows some of the platform's words in Chinese (it has no English
    # for them), so that the screen says so (PlatformCue); false in Chinese and where all is English.
    platformInChinese = Property(bool, lambda self: self._platform_in_chinese(), notify=changed)
    # The service view's dicts carry Messages for the words the terminal adds (section titles, built-in
    # field labels, material states, errors); they are put into words here, in the session's language.
    guide = Property(dict, lambda self: self._guide_in_words(), notify=listsChanged)
    # QML shows the form through ``formModel`` (one row per field); these two are for Python readers.
    formFields = Property(list, lambda self: self._form.fields(), notify=fieldsChanged)
    formValues = Property(dict, lambda self: self._form.values(), notify=choicesChanged)
    formModel = Property(QObject, lambda self: self._form, constant=True)
    # The rows are made for the item and citizen now shown: QML may build the form screen ahead.
    formReady = Property(bool, lambda self: self._form_ready(), notify=fieldsChanged)
    materials = Property(list, lambda self: self.words.render(self._materials), notify=materialsChanged)
    reviewRows = Property(list, lambda self: [self.words.platform_row(r) for r in self._review_rows],
                          notify=listsChanged)
    cardProblem = Property(str, _get_card_problem, notify=changed)
    revealFull = Property(bool, lambda self: self._reveal, notify=changed)
    # Every problem the check found, in the form's order (materials last): the summary on submit.
    # A line leaves when its field is edited or its material photographed, as the field's own message does.
    problems = Property(list, lambda self: self._problem_rows(), notify=problemsChanged)
    # What the search box last held: the list still shows what it found when the citizen comes back
    # to the screen, and so does the box (read once, when the screen is built).
    searchText = Property(str, lambda self: self._query, notify=changed)
    trackingNumber = Property(str, lambda self: self._session.data.tracking_number, notify=changed)
    pledgeAccepted = Property(bool, lambda self: bool(self._session.data.pledge_accepted_at), notify=changed)
    receiptMessage = Property(str, _get_receipt_message, notify=changed)
    printing = Property(bool, lambda self: self._terminal.printing, notify=changed)
    capturing = Property(bool, lambda self: self._terminal.capturing, notify=changed)
    signature = Property(QObject, lambda self: self._signature, constant=True)
    needsSignature = Property(bool, lambda self: bool(self._guide.get("needs_signature")), notify=listsChanged)
    receiptFailed = Property(bool, lambda self: self._terminal.receipt_failed(), notify=changed)
    progress = Property(dict, _get_progress, notify=listsChanged)
    # How this citizen wants the terminal to talk; the wipe restores the site's defaults.
    language = Property(str, lambda self: self._session.prefs.language, notify=changed)
    elderMode = Property(bool, lambda self: self._session.prefs.elder_mode, notify=changed)
    speechOn = Property(bool, lambda self: self._session.prefs.speaking(self._config.ui.speech), notify=changed)
    volume = Property(float, lambda self: self._session.prefs.volume, notify=changed)
    languageOffer = Property(str, lambda self: self._session.prefs.language_offer or "", notify=changed)
    helpState = Property(str, lambda self: self._terminal.help.state(self._status.platform_connected).value,
                         notify=changed)
    helpSince = Property(str, lambda self: self._help_since(), notify=changed)

    def _help_since(self) -> str:
        call = self._terminal.help.call
        return call.raised_at.strftime("%H:%M") if call is not None else ""
    licenses = Property(list, lambda self: self._license_rows(), notify=listsChanged)

    def _license_rows(self) -> list[dict[str, str]]:
        # The platform's English for the name and issuer in an English session, where it sent English.
        return [{"name": self.words.render(lic.title), "issuer": self.words.render(lic.issued_by)}
                for lic in self._terminal.licenses]

    def apply_config(self, config: KioskConfig) -> None:
        """A technician saved new settings: branding and site name show at once."""
        self._config = config
        self.theme.set_brand(config.ui.brand_color, one_colour=config.ui.button_colors == "brand")
        self.changed.emit()

    # --- intents ----------------------------------------------------------------------------

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language in LANGUAGES:
            lang: Language = "en_US" if language == "en_US" else "zh_CN"
            self._session.set_prefs(language=lang, language_offer=None)

    @Slot()
    def toggleLanguage(self) -> None:
        self.setLanguage("zh_CN" if self._session.prefs.language == "en_US" else "en_US")

    @Slot()
    def acceptLanguageOffer(self) -> None:
        offer = self._session.prefs.language_offer
        if offer:
            self.setLanguage(offer)

    @Slot()
    def declineLanguageOffer(self) -> None:
        self._session.set_prefs(language_offer=None)

    @Slot()
    def callHelp(self) -> None:
        self._terminal.call_help()
        self._poll_help = 0

    @Slot()
    def cancelHelp(self) -> None:
        self._terminal.cancel_help()

    @Slot(bool)
    def setElderMode(self, on: bool) -> None:
        self._session.set_prefs(elder_mode=bool(on))

    @Slot()
    def toggleElderMode(self) -> None:
        self.setElderMode(not self._session.prefs.elder_mode)

    @Slot()
    def toggleSpeech(self) -> None:
        self._session.set_prefs(speech_on=not self._session.prefs.speaking(self._config.ui.speech))

    @Slot(float)
    def setVolume(self, volume: float) -> None:
        self._session.set_prefs(volume=min(1.0, max(0.0, float(volume))))

    @Slot()
    def touch(self) -> None:
        self._session.touch()  # the session tells us if a warning has to disappear

    @Slot(str)
    def start(self, purpose: str) -> None:
        self._guarded(lambda: self._terminal.start(Purpose(purpose)))

    @Slot(str)
    def demo(self, action: str) -> None:
        """Demo mode only: make a simulated device do what a citizen would (place a card, show a code)."""
        act = self._demo_actions.get(action)
        if act is not None:
            act()

    @Slot(str)
    def search(self, text: str) -> None:
        if text == self._query:
            # The box taking back the last search as its screen is built: the list already shows
            # it, and telling every binding of a change mid-way through a screen change looped
            # Main.qml's form loader.
            return
        self._query = text
        self._session.touch()
        self._refresh_services()

    def _shown_category(self) -> str:
        # The chip picked, in the words its chip shows now: picked in Chinese, it stays lit after a
        # switch to English (the chips show the platform's English for the category then).
        for name in self._services.categories() if self._category else ():
            if self._category in (name, getattr(name, "en", "")):
                return str(self.words.render(name))
        return self._category

    @Slot(str)
    def setCategory(self, category: str) -> None:
        self._category = category
        self._session.touch()
        self._refresh_services()

    @Slot(str)
    def chooseService(self, code: str) -> None:
        def go() -> None:
            summary = self._services.summary(code) or {}
            self._guide = dict(self._services.guide(code), needs_signature=bool(summary.get("needs_signature")))
            self._terminal.choose_service(code)

        self._guarded(go)

    @Slot()
    def prepareForm(self) -> None:
        """The guide of an item filed here has shown for a moment: make the form's rows now, so QML
        builds the form screen, hidden, while the citizen reads (Main.qml's formLoader); 开始申请
        then only shows it. After the guide's first frame, so the tap that opened it pays nothing."""
        if self._session.state is State.GUIDE and self._guide.get("online") is True and not self._form_ready():
            self._fill_form()

    def _guide_in_words(self) -> dict[str, Any]:
        # The guide screen reads vm.guide in nine bindings, and each read used to put the whole guide
        # into words again; it changes only with the item and the language.
        if self._guide_words[0] is not self._guide or self._guide_words[1] != self.words.language:
            # The platform's English name, where it sent one, in English (Words.platform_row).
            shown = self.words.platform_row(self._guide)
            self._guide_words = (self._guide, self.words.language, shown)
        return self._guide_words[2]

    def _platform_in_chinese(self) -> bool:
        state, words = self._session.state, self.words
        # Worked out when what is shown changes, not on every read (the clock re-reads it each second).
        # The key holds the lists themselves (compared by identity), so a new list is never taken
        # for an old one that happened to get its address.
        key = (state, words.language, self._service_list, self._guide, self._form_words, self._materials,
               self._category, self._query, self._review_rows)
        held = self._cue[0]
        if len(held) == len(key) and all(x is y or x == y for x, y in zip(held, key, strict=True)):
            return self._cue[1]
        found = False
        if words.language != "zh_CN":
            if state is State.CHOOSE_SERVICE:
                # Nothing found: the screen suggests the nearest items and categories instead.
                shown = self._service_list or (
                    self._services.suggest(self._query)["items"] if self._query.strip() else [])
                found = any(words.platform_row(r)["in_chinese"] for r in shown) or (
                    not self._session.prefs.elder_mode and words.in_chinese(self._services.categories()))
            elif state is State.GUIDE:
                found = bool(self._guide_in_words().get("in_chinese"))
            elif state is State.FORM:
                # The form shows the item's name, its fields (labels, hints, choices) and its materials;
                # a region field's thousands of place names are data, not walked.
                fields = [{k: v for k, v in f.items() if not (k == "options" and f.get("kind") == "region")}
                          for f in self._form_words]
                found = (words.platform_row({"name": self._guide.get("name"), "name_en": self._guide.get("name_en")})[
                    "in_chinese"] or words.in_chinese(fields) or words.in_chinese(self._materials))
            elif state is State.REVIEW:
                # The details repeat the form's labels and the item's name, as the platform sent them.
                found = any(words.platform_row(r)["in_chinese"] for r in self._review_rows)
        self._cue = (key, found)
        return found

    @Slot()
    def formFinishedAtOnce(self) -> None:
        """Main.qml finished building the form in one piece: the citizen waited 400 ms for it."""
        self.forms_finished_at_once += 1
        log.info("the form was still being built 400 ms after the citizen tapped to open it;"
                 " finished at once (%d so far)", self.forms_finished_at_once)

    @Slot()
    def openForm(self) -> None:
        if not self._form_ready():
            self._fill_form()
        elif self._problems or self._form.has_errors():
            # Opened again after 返回: the rows still hold what was typed (the core kept the same values),
            # so they stay, and QML rebuilds nothing; only the last check's verdict goes, as it did when
            # the rows were made again on every opening.
            self._problems = []
            self._form.set_errors({})
            self.fieldsChanged.emit()
            self.problemsChanged.emit()
        self._refresh_materials()
        self._guarded(self._terminal.open_form)

    def _form_ready(self) -> bool:
        return self._form_for is not None and self._form_for == self._form_wanted()

    def _form_wanted(self) -> tuple[str, object, int]:
        """What the form's rows are made from: the item, the citizen, the catalog."""
        data = self._session.data
        return data.service_code, data.identity, getattr(self._services, "version", 0)

    def _fill_form(self) -> None:
        """Make the form's rows for the chosen item: a reset of the model, so QML builds its rows anew."""
        code = self._session.data.service_code
        identity = self._session.data.identity
        kept = self._session.data.form_values  # what was typed before 返回: the core keeps it per item
        fields = [self._kept(f, kept) for f in self._services.form_fields(code, identity)]
        self._form_words = fields
        self._problems = []
        self._form.reset(fields)
        self._form_for = self._form_wanted()
        self.fieldsChanged.emit()
        self.problemsChanged.emit()

    @staticmethod
    def _kept(field: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
        fid = field["id"]
        if fid not in kept or kept[fid] == field.get("value"):
            return field
        if field.get("replaceable"):  # the citizen had put another recipient in place of the card holder
            return dict(field, value=kept[fid], locked=False, replaceable=False, display="")
        return field if field.get("locked") else dict(field, value=kept[fid])

    @Slot(str)
    def replaceField(self, field_id: str) -> None:
        """The citizen replaces a prefilled, masked value (post the result to someone else)."""
        self._session.touch()
        self._form.replace(field_id)
        self.choicesChanged.emit()

    def _materials_stale(self) -> bool:
        return (len(self._terminal.licenses), len(self._session.data.attachments)) != self._materials_basis

    def _refresh_materials(self) -> None:
        code = self._session.data.service_code
        held = {lic.license_type for lic in self._terminal.licenses}
        identity = self._session.data.identity
        if identity is not None and identity.card_type is CardType.RESIDENT_ID:
            held.add("resident_id")  # the card itself was read at this terminal
        self._materials = self._services.materials(code, held)
        # Only the e-licenses that stand in for a required material go with the filing.
        self._terminal.attach_held_licenses({str(m.get("elicense_type")) for m in self._materials} & held)
        photographed = {a.get("material") for a in self._session.data.attachments if a.get("kind") == "photo"}
        for row in self._materials:
            if row.get("name") in photographed:
                row["done"] = True
                row["status"] = Message(Say.MATERIAL_PHOTOGRAPHED)
        self._materials_basis = (len(self._terminal.licenses), len(self._session.data.attachments))
        self.materialsChanged.emit()
        done = [row.get("name") for row in self._materials if row.get("done")]
        if any(field == "materials" and label in done for field, label, _ in self._problems):
            self._problems = [p for p in self._problems if not (p[0] == "materials" and p[1] in done)]
            self.problemsChanged.emit()

    @Slot(str, str, int, result=list)
    def regionOptions(self, field_id: str, value: str, level: int) -> list[dict[str, Any]]:
        """Province (0), city (1) or county (2) buttons of a region field, given what is picked so far."""
        field = self._form.field(field_id)
        return [] if field is None else self._region_options(field, value, level)

    def _region_options(self, field: dict[str, Any], value: str, level: int) -> list[dict[str, Any]]:
        catalog = getattr(getattr(self._services, "current", self._services), "catalog", None)
        if catalog is None:
            return []
        allowed = tuple(str(o["value"]) for o in field.get("options", []))
        # The same few forms open all day: one step of the cascade walks ~2,800 allowed counties
        # (~1 ms each, six per form opened), so the steps are kept, per region table (a new catalog
        # brings a new one). The key holds the table, so its id cannot be reused meanwhile.
        key = (catalog.regions, allowed, value or "", level)
        options = self._cascade_steps.get(key)
        if options is None:
            if len(self._cascade_steps) >= 512:
                self._cascade_steps.clear()
            options = self._cascade_steps[key] = cascade_options(catalog.regions, allowed, value or "", level)
        return options

    @Slot(str, str)
    def setField(self, field_id: str, value: str) -> None:
        self._session.touch()
        self._form.set_value(field_id, value)  # one row of the form model: QML rebuilds nothing
        self.choicesChanged.emit()
        # The field's own message went with the edit; its line in the summary goes too, or the summary
        # kept saying "还有 6 处需要补充或修改" with the fields already filled in.
        if any(field == field_id for field, _, _ in self._problems):
            self._problems = [p for p in self._problems if p[0] != field_id]
            self.problemsChanged.emit()

    def _problem_rows(self) -> list[dict[str, str]]:
        rows = []
        for field, label, message in self._problems:
            named = str(self.words.render(label))
            said = self.tr("materials.missing_one") if message is None else str(self.words.render(message))
            # The summary's line: the problem's sentence alone where it names the field already ("请填写手机号码",
            # "Please fill in: Mobile phone number"), else the field's name before it (a missing document).
            line = said if named and named in said else named + self.tr("list.colon") + said
            rows.append({"field": field, "label": named, "message": said, "line": line})
        return rows

    @Slot()
    def review(self) -> None:
        values = self._form.values()
        data = self._session.data
        data.delivery = {"method": str(values.get("delivery", ""))}
        data.delivery.update({k: str(v) for k, v in values.items() if k.startswith("ems_")})
        data.handling_region = str(values.get("handling_region", ""))

        # The names stay the platform's (PlatformText): the notice shows them in the session's language.
        missing = [m["name"] for m in self._materials if m.get("required", True) and not m.get("done")]

        def go() -> None:
            ok = self._terminal.review(values, missing)
            errors = self._session.data.form_errors
            self._form.set_errors(errors)
            # Only the rows in error are read: fields() put every field into words, each region field
            # with its options (~17,000 values, ~13 ms of the 下一步 tap), for nothing when all is well.
            rows = [row for row in map(self._form.field, self._form.values()) if row and row["id"] in errors]
            wrong = [(str(row["id"]), row["label"], errors[row["id"]]) for row in rows]
            lacking: list[tuple[str, Any, Any]] = [("materials", name, None) for name in missing]
            self._problems = wrong + lacking
            self.problemsChanged.emit()
            if ok:
                self._reveal = False
                self._review_rows = self._services.review_rows(data.service_code, values)
                self.listsChanged.emit()
            else:
                self.fieldsChanged.emit()

        self._guarded(go)

    @Slot()
    def back(self) -> None:
        if self._session.state is State.FORM:
            # Going back keeps what was typed: opening the form again finds it as it was left.
            self._session.data.form_values = self._form.values()
        self._guarded(self._session.back)

    @Slot()
    def toggleReveal(self) -> None:
        """The card holder asks to see their ID number, phone and name in full on review."""
        self._reveal = not self._reveal
        data = self._session.data
        self._review_rows = self._services.review_rows(data.service_code, data.form_values, self._reveal)
        self._session.touch()
        self.listsChanged.emit()
        self.changed.emit()

    @Slot(bool)
    def acceptPledge(self, accepted: bool) -> None:
        self._terminal.accept_pledge(accepted)
        if accepted and self._session.data.notice:
            self._session.data.notice = None  # "please accept the pledge" is answered
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        if self._guide.get("needs_signature"):
            from ui.signature import SignatureRejected

            try:
                png = self._signature.to_png()
            except SignatureRejected as exc:
                self._session.data.notice = Message(Say(str(exc)))
                self.changed.emit()
                return
            self._terminal.attach_signature(png)
        self._guarded(self._terminal.submit)

    @Slot()
    def reprintReceipt(self) -> None:
        self._guarded(self._terminal.print_receipt)

    @Slot()
    def toRating(self) -> None:
        self._guarded(self._terminal.to_rating)

    @Slot(int, str)
    def rate(self, stars: int, reason: str) -> None:
        self._guarded(lambda: self._terminal.rate(stars, reason))

    @Slot()
    def finish(self) -> None:
        self._terminal.finish()

    @Slot()
    def cancel(self) -> None:
        self._terminal.cancel()

    @Slot(str)
    def queryProgress(self, tracking: str) -> None:
        tracking = tracking.strip().upper()
        if not tracking:
            self._session.data.notice = Message(Say.PROGRESS_ENTER_NUMBER)
        else:
            self._guarded(lambda: self._terminal.query_progress(tracking))
        self.changed.emit()

    @Slot(int)
    def printLicense(self, index: int) -> None:
        self._guarded(lambda: self._terminal.print_license(index))

    @Slot(int)
    def photographMaterial(self, index: int) -> None:
        if 0 <= index < len(self._materials):
            name = self._materials[index]["name"]  # the Chinese string, with its English for the notices
            self._guarded(lambda: self._terminal.photograph_material(name))

    # --- internals --------------------------------------------------------------------------

    def _guarded(self, action: Callable[[], Any]) -> None:
        """A tap that no longer fits the state (a double tap, a late tap after a timeout) is ignored."""
        try:
            action()
        except InvalidTransition as exc:
            log.info("ignored tap: %s", exc)
        self.changed.emit()

    def _refresh_services(self) -> None:
        found = self._services.search(self._query, self._category)
        if self._session.data.purpose is Purpose.RECORDS:
            found = [r for r in found if r.get("mode") == "record"]  # 查询打印 from the home screen
        if self._session.prefs.elder_mode and not self._query:
            # 长辈版 shows fewer items: the catalog's first (most used) services; search finds the rest.
            found = found[: self.theme.sizes().services_shown]
        self._service_list = found
        self.listsChanged.emit()
        self.changed.emit()

    def _follow_prefs(self) -> None:
        prefs = self._session.prefs
        if prefs.elder_mode != self.theme.property("elder"):
            self.theme.set_elder(prefs.elder_mode)
            self._refresh_services()
        if prefs.language != self.words.language:
            self.words.language = prefs.language
            self.languageSwitched.emit(prefs.language)
            self.listsChanged.emit()  # lists carry words made in Python (material states, progress)
            self._form.retranslate()
            self.fieldsChanged.emit()
            self.materialsChanged.emit()
            self.problemsChanged.emit()

    def _on_session_changed(self) -> None:
        self._follow_prefs()
        self._owned_notice()
        if self._session.state is not self._shown_state:
            self._shown_state = self._session.state
            self.fieldsChanged.emit()
            self.materialsChanged.emit()
            if self._shown_state is State.PRINT_CERTIFICATE:
                self._terminal.load_licenses()
            self.listsChanged.emit()
        elif self._session.state in (State.PRINT_CERTIFICATE, State.QUERY_PROGRESS):
            self.listsChanged.emit()  # results of background queries arrive without a change of state
        elif self._session.state is State.FORM and self._materials_stale():
            self._refresh_materials()  # e-licenses arrived, or a page was photographed, after the form opened
        self.changed.emit()
        self._speak()

    def _speak(self) -> None:
        """Say the new screen's instruction, a new message, or what became of a help call."""
        guide = self.speech
        if guide is None:
            return
        prefs = self._session.prefs
        if not prefs.speaking(self._config.ui.speech):
            if self._spoken_screen is not None:
                guide.quiet()
            self._spoken_screen = None  # turned on again: the screen's instruction is said first
            return
        language, volume = prefs.language, prefs.volume
        screen = (self._session.state.value, language)
        notice = self._owned_notice() or self._terminal.shown_card_problem()
        help_state = self._terminal.help.state(self._status.platform_connected).value
        offer = bool(prefs.language_offer)
        if offer and not self._spoken_offer:
            guide.say("speech.language_offer", language, volume)
        elif screen != self._spoken_screen:
            guide.screen_shown(screen[0], language, volume)
        elif notice is not None and notice != self._spoken_notice:
            guide.message_shown(notice, language, volume)
        elif self._session.data.form_errors and self._session.data.form_errors != self._spoken_errors:
            guide.say("speech.form_errors", language, volume)
        elif help_state != self._spoken_help and help_state in ("calling", "queued", "acknowledged"):
            guide.say(f"speech.help_{'called' if help_state == 'calling' else help_state}", language, volume)
        self._spoken_screen, self._spoken_notice, self._spoken_help = screen, notice, help_state
        self._spoken_errors = dict(self._session.data.form_errors)
        self._spoken_offer = offer
    def _on_signature_changed(self) -> None:
        if self._session.state is State.REVIEW and self._session.data.notice:
            self._session.data.notice = None  # the citizen is signing: an earlier "please sign" is answered
            self.changed.emit()

    def _wipe(self) -> None:
        self._signature.clear()
        self._query = ""
        self._category = ""
        self._guide = {}
        self._form.reset([])
        self._form_for = None
        # The form's fields hold the card holder's name and number; the cue's key holds the same list.
        self._form_words = []
        self._cue = ((), False)
        self._materials = []
        self._review_rows = []
        self._problems = []
        self.problemsChanged.emit()
        self._reveal = False
        self._refresh_services()

    def also_notifies(self, other: QObject) -> None:
        """``other.changed`` is connected to this model's ``changed``: its values count in the
        periodic change check too."""
        self._gate.watch(other)

    def _emit_if_changed(self) -> None:
        # The periodic paths (the tick, the outbox status) emit only when a value differs: each emit
        # makes QML re-read ~45 properties, one wait for the interpreter each (ui/viewmodels/change_gate.py).
        if self._gate.differs():
            self.changed.emit()

    def _tick(self) -> None:
        version = getattr(self._services, "version", 0)
        if version != self._services_version:  # the catalog arrived (or was refreshed) in the background
            self._services_version = version
            self._refresh_services()
        self._session.tick()
        self._poll_help += 1
        if self._terminal.help.open and self._poll_help % 2 == 0:
            self._terminal.check_help()  # every 2 s while a call is open: "on the way" shows promptly
        # One status query at a time: a query slower than the tick (a busy disk, a loaded machine)
        # must not queue a second one every second; the backlog grew without bound in the soak and
        # kept prints and photos waiting behind it in the pool.
        if self._outbox_status is not None and not self._status_pending:
            self._status_pending = True
            self._tasks.run(self._outbox_status, self._on_status)
        self._emit_if_changed()

    def _on_status(self, result: OutboxStatus | BaseException) -> None:
        self._status_pending = False
        if isinstance(result, OutboxStatus):
            self._status = result
            self._terminal.link_changed(result)
            self._emit_if_changed()
            self._speak()  # a help call waiting for the link says so
