"""In-memory stand-ins for unit tests of the core's use cases (never for capability tests)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kiosk.domain.identity import Identity
from kiosk.domain.idnumber import IdNumberError, validate_id_number
from kiosk.messages import Message, PrintProblem, Say
from kiosk.ports import OutboundItem, OutboxStatus, PrintOutcome, PrintState
from kiosk.printing.documents import CertificateData, ReceiptData, SlipData
from kiosk.printing.service import PrintResult


class MemoryOutbox:
    def __init__(self) -> None:
        self.items: list[OutboundItem] = []
        self._lock = threading.Lock()

    def submit(self, items: Sequence[OutboundItem]) -> None:
        with self._lock:
            self.items.extend(items)

    def status(self) -> OutboxStatus:
        return OutboxStatus(pending=len(self.items))


class RecordingPrinting:
    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.printed: list[ReceiptData | CertificateData | SlipData] = []
        self.forgotten = 0

    def _result(self) -> PrintResult:
        state = PrintState.COMPLETED if self.ok else PrintState.FAILED
        problem = None if self.ok else PrintProblem.MEDIA_EMPTY
        return PrintResult(str(len(self.printed)), PrintOutcome(state, problem), not self.ok, True)

    def print_receipt(self, data: ReceiptData, media: str = "A4") -> PrintResult:
        self.printed.append(data)
        return self._result()

    def print_certificate(self, data: CertificateData) -> PrintResult:
        self.printed.append(data)
        return self._result()

    def print_slip(self, data: SlipData) -> PrintResult:
        self.printed.append(data)
        return self._result()

    def reprint(self, print_id: str) -> PrintResult:
        return self._result()

    def forget_all(self) -> None:
        self.forgotten += 1


_DELIVERY = [
    {"value": "ems", "label": "邮寄到家（EMS）"},
    {"value": "online", "label": "电子证照（网上领取）"},
    {"value": "pickup", "label": "窗口自取"},
]

_STARTER: dict[str, dict[str, Any]] = {
    "DEMO-HJ-001": {
        "name": "户口迁移（跨省通办）",
        "category": "户籍",
        "department": "公安局",
        "cross": True,
        "online": True,
        "handled_where": "迁入地公安机关",
        "conditions": "已在迁入地落户条件审核通过。",
        "materials": "居民身份证（免提交）；居民户口簿",
        "fees": "不收费",
        "time_limit": "法定20个工作日，承诺10个工作日",
    },
    "DEMO-YB-002": {
        "name": "异地就医备案",
        "category": "医保",
        "department": "医疗保障局",
        "cross": True,
        "online": True,
        "handled_where": "参保地医保经办机构",
        "conditions": "参加基本医疗保险并在异地长期居住。",
        "materials": "居民身份证（免提交）",
        "fees": "不收费",
        "time_limit": "即时办结",
    },
    "DEMO-HY-003": {
        "name": "婚姻登记（仅提供指南）",
        "category": "民政",
        "department": "民政局",
        "cross": False,
        "online": False,
        "handled_where": "婚姻登记机关窗口",
        "conditions": "双方须亲自到场。",
        "materials": "双方居民身份证、户口簿",
        "fees": "不收费",
        "time_limit": "当场办结",
    },
}


class TinyServices:
    """Three service items, enough for the core's use-case tests."""

    def categories(self) -> list[str]:
        return sorted({s["category"] for s in _STARTER.values()})

    def search(self, query: str, category: str) -> list[dict[str, Any]]:
        return [
            {"code": code, **{k: s[k] for k in ("name", "department", "cross", "online")}}
            for code, s in _STARTER.items()
            if (not category or s["category"] == category) and query.strip() in s["name"]
        ]

    def summary(self, code: str) -> Mapping[str, Any] | None:
        return _STARTER.get(code)

    def windows(self, code: str) -> list[dict[str, str]]:
        window = {"name": "市民中心 综合窗口（1–4号）", "address": "示范市人民路1号二楼", "phone": "021-60000000"}
        return [window | {"hours": "周一至周五 9:00–17:00"}] if code in _STARTER else []

    def suggest(self, query: str, limit: int = 5) -> dict[str, list[Any]]:
        return {"items": [], "categories": self.categories()}

    def guide(self, code: str) -> dict[str, Any]:
        s = _STARTER[code]
        sections = [
            {"title": "办理条件", "body": s["conditions"]},
            {"title": "所需材料", "body": s["materials"]},
            {"title": "收费标准", "body": s["fees"]},
            {"title": "办理时限", "body": s["time_limit"]},
            {"title": "办理地点", "body": s["handled_where"]},
            {"title": "结果送达", "body": "邮寄到家、网上领取或窗口自取"},
        ]
        return {"code": code, "name": s["name"], "department": s["department"], "online": s["online"],
                "handled_where": s["handled_where"], "sections": sections}

    def form_fields(self, code: str, identity: Identity | None) -> list[dict[str, Any]]:
        return [
            {"id": "name", "label": "申请人姓名", "type": "text", "required": True,
             "value": identity.name if identity else ""},
            {"id": "id_number", "label": "证件号码", "type": "id_number", "required": True,
             "value": identity.document_number if identity else ""},
            {"id": "phone", "label": "手机号码", "type": "phone", "required": True, "value": "",
             "hint": "用于接收办理结果通知"},
            {"id": "delivery", "label": "结果领取方式", "type": "choice", "required": True, "value": "",
             "options": _DELIVERY},
            {"id": "address", "label": "邮寄地址", "type": "address", "required": False,
             "value": identity.address if identity else ""},
        ]

    def materials(self, code: str, held_license_types: Iterable[str] = ()) -> list[dict[str, Any]]:
        return [{"name": "居民身份证", "status": "免提交（已调取电子证照）", "done": True, "needs_photo": False}]

    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]:
        errors: dict[str, Message] = {}
        if not str(values.get("name", "")).strip():
            errors["name"] = Message(Say.FORM_PLEASE_FILL, ("申请人姓名",))
        try:
            validate_id_number(str(values.get("id_number", "")))
        except IdNumberError as exc:
            errors["id_number"] = Message(exc.say, ("证件号码",))
        phone = str(values.get("phone", "")).strip()
        if not phone:
            errors["phone"] = Message(Say.FORM_PLEASE_FILL, ("手机号码",))
        elif not (len(phone) == 11 and phone.isdigit() and phone.startswith("1")):
            errors["phone"] = Message(Say.FORM_PHONE_WRONG, ("手机号码",))
        if values.get("delivery") not in {d["value"] for d in _DELIVERY}:
            errors["delivery"] = Message(Say.FORM_DELIVERY_CHOOSE)
        elif values.get("delivery") == "ems" and not str(values.get("address", "")).strip():
            errors["address"] = Message(Say.FORM_PLEASE_FILL, ("邮寄地址",))
        return errors

    def review_rows(self, code: str, values: Mapping[str, Any], reveal: bool = False) -> list[dict[str, str]]:
        labels = {f["id"]: f["label"] for f in self.form_fields(code, None)}
        delivery = {d["value"]: d["label"] for d in _DELIVERY}
        rows = [{"label": "办理事项", "value": _STARTER[code]["name"]}]
        for key, label in labels.items():
            value = str(values.get(key, ""))
            rows.append({"label": label, "value": delivery.get(value, value) if key == "delivery" else value})
        return rows
