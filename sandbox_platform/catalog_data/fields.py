"""The form fields sample items are built from, as the platform's JSON spells them."""

from __future__ import annotations

from typing import Any

Field = dict[str, Any]


def _choice(fid: str, label: str, options: list[tuple[str, str]], required: bool = True) -> Field:
    return {
        "id": fid,
        "type": "choice",
        "label": label,
        "required": required,
        "options": [{"value": v, "label": t} for v, t in options],
    }


FIELDS: dict[str, Field] = {
    "applicant_name": {
        "id": "applicant_name",
        "type": "text",
        "label": "申请人姓名",
        "required": True,
        "max_length": 30,
        "prefill": "name",
    },
    "applicant_id": {
        "id": "applicant_id",
        "type": "id_number",
        "label": "身份证号码",
        "required": True,
        "prefill": "document_number",
    },
    "gender": _choice("gender", "性别", [("1", "男"), ("2", "女")]) | {"prefill": "gender"},
    "birth_date": {
        "id": "birth_date",
        "type": "date",
        "label": "出生日期",
        "required": True,
        "not_in_future": True,
        "prefill": "birth_date",
    },
    "phone": {"id": "phone", "type": "phone", "label": "手机号码", "required": True},
    "address": {
        "id": "address",
        "type": "address",
        "label": "现居住地址",
        "required": True,
        "min_length": 5,
        "max_length": 100,
        "prefill": "address",
    },
    "residence_region": {
        "id": "residence_region",
        "type": "region",
        "label": "现居住地区",
        "required": True,
        "level": "county",
    },
    "from_region": {"id": "from_region", "type": "region", "label": "迁出地", "required": True, "level": "county"},
    "to_address": {
        "id": "to_address",
        "type": "address",
        "label": "迁入地详细地址",
        "required": True,
        "min_length": 5,
        "max_length": 100,
    },
    "move_reason": _choice(
        "move_reason",
        "迁移原因",
        [
            ("work", "工作调动"),
            ("family", "投靠亲属"),
            ("house", "购房落户"),
            ("talent", "人才引进"),
            ("study", "升学"),
        ],
    ),
    "movers": {
        "id": "movers",
        "type": "number",
        "label": "随迁人数",
        "required": True,
        "integer": True,
        "min": 0,
        "max": 10,
    },
    "spouse_name": {"id": "spouse_name", "type": "text", "label": "对方姓名", "required": True, "max_length": 30},
    "spouse_id": {"id": "spouse_id", "type": "id_number", "label": "对方身份证号码", "required": True},
    "marriage_date": {
        "id": "marriage_date",
        "type": "date",
        "label": "预约登记日期",
        "required": True,
        "min": "2026-01-01",
    },
    "baby_name": {"id": "baby_name", "type": "text", "label": "新生儿姓名", "required": True, "max_length": 20},
    "baby_gender": _choice("baby_gender", "新生儿性别", [("1", "男"), ("2", "女")]),
    "baby_birth_date": {
        "id": "baby_birth_date",
        "type": "date",
        "label": "新生儿出生日期",
        "required": True,
        "not_in_future": True,
    },
    "birth_hospital": {
        "id": "birth_hospital",
        "type": "text",
        "label": "出生医院",
        "required": True,
        "max_length": 60,
    },
    "medical_type": _choice(
        "medical_type",
        "备案类型",
        [("long_stay", "异地长期居住"), ("temporary", "临时外出就医"), ("referral", "异地转诊就医")],
    ),
    "start_date": {"id": "start_date", "type": "date", "label": "开始日期", "required": True},
    "insured_region": {
        "id": "insured_region",
        "type": "region",
        "label": "参保地",
        "required": True,
        "level": "city",
    },
    "fund_account": {
        "id": "fund_account",
        "type": "text",
        "label": "公积金个人账号",
        "required": True,
        "min_length": 6,
        "max_length": 20,
    },
    "bank": _choice(
        "bank",
        "收款银行",
        [
            ("icbc", "中国工商银行"),
            ("abc", "中国农业银行"),
            ("boc", "中国银行"),
            ("ccb", "中国建设银行"),
            ("comm", "交通银行"),
        ],
    ),
    "bank_account": {
        "id": "bank_account",
        "type": "text",
        "label": "银行卡号",
        "required": True,
        "min_length": 16,
        "max_length": 19,
    },
    "retire_date": {"id": "retire_date", "type": "date", "label": "退休日期", "required": True},
    "employer": {"id": "employer", "type": "text", "label": "工作单位", "required": True, "max_length": 60},
    "company_name": {
        "id": "company_name",
        "type": "text",
        "label": "经营者名称",
        "required": True,
        "min_length": 2,
        "max_length": 50,
    },
    "credit_code": {
        "id": "credit_code",
        "type": "text",
        "label": "统一社会信用代码",
        "required": True,
        "min_length": 18,
        "max_length": 18,
    },
    "capital": {
        "id": "capital",
        "type": "number",
        "label": "资金数额（万元）",
        "required": False,
        "min": 0,
        "max": 100000,
    },
    "business_address": {
        "id": "business_address",
        "type": "address",
        "label": "经营场所",
        "required": True,
        "min_length": 5,
        "max_length": 100,
    },
    "purpose": {"id": "purpose", "type": "text", "label": "用途", "required": True, "max_length": 40},
    "year": {
        "id": "year",
        "type": "number",
        "label": "年度",
        "required": True,
        "integer": True,
        "min": 2000,
        "max": 2026,
    },
    "copies": {
        "id": "copies",
        "type": "number",
        "label": "份数",
        "required": True,
        "integer": True,
        "min": 1,
        "max": 5,
    },
    "remark": {"id": "remark", "type": "text", "label": "备注", "required": False, "max_length": 200},
}


def form(*field_ids: str) -> dict[str, Any]:
    return {"fields": [FIELDS[f] for f in field_ids]}


PERSON = ("applicant_name", "applicant_id", "phone")
