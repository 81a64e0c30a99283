"""What each printer problem means to a citizen (plain Chinese) and to a technician (concrete)."""

from __future__ import annotations

KEPT = "请联系现场工作人员处理，您的文件已保存，可稍后补打。"
PRINTED = "打印完成，请取走您的文件。"

# problem key -> (citizen sentence, technician explanation)
PROBLEMS: dict[str, tuple[str, str]] = {
    "media-empty": ("打印机缺纸。", "out of paper (media-empty): load paper"),
    "media-jam": ("打印机卡纸。", "paper jam (media-jam): clear the jam, then cupsenable the queue"),
    "offline": ("打印机未连接。", "printer offline (offline-report): check power and cable"),
    "door-open": ("打印机舱门未关好。", "door or cover open (door-open): close it"),
    "cover-open": ("打印机舱门未关好。", "cover open (cover-open): close it"),
    "toner-empty": ("打印机墨粉已用完。", "toner empty (toner-empty): replace the cartridge"),
    "marker-supply-empty": ("打印机墨粉已用完。", "marker supply empty: replace the cartridge"),
    "input-tray-missing": ("打印机纸盒未装好。", "input tray missing: insert the tray"),
    "output-area-full": ("打印机出纸口已满。", "output tray full: empty it"),
    "paused": ("打印机暂停服务。", "queue is paused (stopped): fix the cause, then cupsenable the queue"),
    "rejecting": ("打印机暂停受理打印任务。", "queue rejects jobs: cupsaccept the queue"),
    "no-queue": ("打印机尚未配置。", "no such CUPS queue: check printing.queue in the config"),
    "no-scheduler": ("打印服务未运行。", "cannot connect to cupsd: run scripts/setup_cups.sh or start cupsd"),
    "unreachable": ("打印机没有响应。", "job made no progress before the deadline; job cancelled"),
    "canceled": ("打印已取消。", "job was cancelled outside the terminal"),
    "aborted": ("打印失败。", "job aborted by CUPS or the printer driver"),
    "error": ("打印机故障。", "printer reports an error"),
    "no-status": ("打印机没有应答状态查询。", "no reply to the ESC/POS status query (DLE EOT)"),
    "unconfirmed": ("无法确认是否已打印完成。", "printer stopped answering after the job was sent"),
    "render": ("证照信息中有本机无法打印的字，请到服务窗口打印。", "document could not be rendered"),
}

# Printer-state-reasons (without -error/-report/-warning) that stop paper from coming out.
BLOCKING = frozenset(
    {"media-empty", "media-needed", "media-jam", "offline", "door-open", "cover-open", "toner-empty",
     "marker-supply-empty", "input-tray-missing", "output-area-full", "interlock-open"}
)
ALIASES = {"media-needed": "media-empty", "interlock-open": "cover-open"}


def citizen_message(problem: str) -> str:
    sentence = PROBLEMS.get(problem, PROBLEMS["error"])[0]
    return sentence if problem == "render" else sentence + KEPT


def technician_explanation(problem: str) -> str:
    return PROBLEMS.get(problem, PROBLEMS["error"])[1]
