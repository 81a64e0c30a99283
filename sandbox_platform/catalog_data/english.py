"""English names the sample platform sends beside the Chinese ones (``name_en``), for some items only.

A real platform may have English for a few popular items and none for the rest; the sample does the
same, so a terminal in English shows both cases: an English name, and a Chinese one with the cue that
it comes from the platform in Chinese.
"""

from __future__ import annotations

NAMES_EN: dict[str, str] = {
    "户口迁移": "Moving your household registration",
    "出生登记": "Registering a birth",
    "户籍证明开具": "Household registration certificate",
    "居民身份证换领": "Renewing a resident ID card",
    "居民身份证挂失补领": "Replacing a lost resident ID card",
    "临时居民身份证申领": "Temporary resident ID card",
    "居住证申领": "Applying for a residence permit",
    "无犯罪记录证明开具": "Certificate of no criminal record",
    "社会保障卡申领": "Applying for a social security card",
    "异地就医备案": "Registering for medical care in another city",
    "养老保险个人权益记录查询": "Pension insurance record",
    "医疗保险参保凭证打印": "Printing proof of medical insurance",
    "新生儿出生“一件事”": "A new baby: everything in one go",
    "退休“一件事”": "Retiring: everything in one go",
}
