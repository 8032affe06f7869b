"""Vietnamese words of the review page: the analysts who read it are Vietnamese.

Everything a reader sees on the page is looked up here, so the wording lives in one place
and code elsewhere stays in English.
"""
from __future__ import annotations

import re

#: Kinds of marked item, outermost first when two spans are equal, with their labels.
KINDS: dict[str, str] = {
    "section": "Đề mục",
    "field": "Thông tin văn bản",
    "task": "Nhiệm vụ",
    "goal": "Mục tiêu",
    "reference": "Văn bản dẫn chiếu",
    "deadline": "Thời hạn",
    "percentage": "Tỷ lệ",
    "body": "Cơ quan",
}

ROLES = {"lead": "chủ trì", "partner": "phối hợp", "assignee": "được giao",
         "addressee": "kính gửi"}

DEADLINE_KINDS = {"before": "trước thời điểm", "on": "đúng ngày", "during": "trong khoảng",
                  "within": "trong thời hạn", "periodic": "định kỳ", "relative": "theo mốc khác"}

GOAL_KINDS = {"purpose": "Mục đích", "requirement": "Yêu cầu", "target": "Chỉ tiêu"}

TASK_SOURCES = {"clause": "đề mục giao việc", "sentence": "câu giao việc", "table": "bảng nhiệm vụ"}

#: Identity fields of ``DocumentInfo`` in card order (``spans`` keys name the same fields).
FIELDS = {
    "type": "Loại văn bản", "number": "Số", "symbol": "Ký hiệu", "issuer": "Cơ quan ban hành",
    "parent_issuer": "Cơ quan chủ quản", "place": "Địa danh", "issued_date": "Ngày ban hành",
    "published_date": "Ngày đăng", "title": "Trích yếu", "urgency": "Độ khẩn",
    "secrecy": "Độ mật", "addressees": "Kính gửi", "signer": "Người ký",
    "recipients": "Nơi nhận", "reported": "Văn bản được đưa tin",
}

SOURCE = {"path": "Tệp", "format": "Định dạng", "pages": "Số trang", "size": "Dung lượng",
          "sha256": "SHA-256", "khparse_version": "Phiên bản khparse"}

UI = {
    "warnings": "Cảnh báo",
    "legend": "Chú giải (bấm để ẩn/hiện)",
    "tab_info": "Thông tin",
    "tab_tasks": "Nhiệm vụ",
    "tab_timeline": "Thời hạn",
    "tab_bodies": "Cơ quan",
    "tab_goals": "Mục tiêu",
    "tab_refs": "Dẫn chiếu",
    "identity": "Thông tin văn bản",
    "source": "Tệp nguồn",
    "outline": "Bố cục",
    "appendix": "Phụ lục",
    "no_items": "Không có",
    "section": "Mục",
    "lead": "Chủ trì",
    "partners": "Phối hợp",
    "deadline": "Thời hạn",
    "task_text": "Nội dung",
    "source_kind": "Nguồn",
    "filter_body": "Lọc theo cơ quan",
    "filter_all": "Tất cả cơ quan",
    "shown": "Đang hiện",
    "of": "trên",
    "dated": "Thời hạn có ngày cụ thể",
    "undated": "Thời hạn không có ngày cụ thể (tương đối, định kỳ)",
    "tasks_with": "nhiệm vụ",
    "year_assumed": "năm suy đoán theo năm văn bản",
    "rule": "Quy tắc",
    "working_days": "Tính theo ngày làm việc",
    "yes": "có",
    "counted_from": "Tính từ",
    "kind": "Loại",
    "date": "Ngày",
    "name": "Tên",
    "aliases": "Tên khác",
    "roles": "Vai trò",
    "mentions": "Lần nhắc",
    "tasks_led": "Chủ trì",
    "tasks_partner": "Phối hợp",
    "collective": "nhóm cơ quan",
    "metrics": "Chỉ số",
    "context": "Ngữ cảnh",
    "qualifier": "Mức",
    "value": "Giá trị",
    "issuer": "Cơ quan ban hành",
    "number": "Số",
    "goals": "Mục tiêu, yêu cầu, chỉ tiêu",
    "percentages": "Các tỷ lệ",
    "references": "Văn bản được dẫn chiếu",
    "heading": "Tiêu đề",
    "agency": "Cơ quan",
    "path": "Vị trí",
    "close": "Đóng",
    "text_heading": "Nội dung văn bản",
    "index": "Danh mục",
    "bad_spans": "mục có vị trí không khớp với văn bản, không đánh dấu được",
    "page_note": "Trang rà soát do khparse tạo: văn bản đã chuẩn hóa, mọi mục trích xuất được "
                 "tô màu tại vị trí gốc. Bấm vào một dòng để đến đoạn văn tương ứng.",
}

INDEX = {
    "title": "Danh mục văn bản",
    "document": "Văn bản",
    "type": "Loại",
    "number": "Số",
    "issuer": "Cơ quan ban hành",
    "date": "Ngày ban hành",
    "title_col": "Trích yếu",
    "tasks": "Nhiệm vụ",
    "deadlines": "Thời hạn",
    "warnings": "Cảnh báo",
    "failures": "Không chuyển đổi được",
    "file": "Tệp",
    "kind": "Loại lỗi",
    "message": "Thông báo",
    "no_page": "Không tạo được trang rà soát",
    "filter": "Lọc…",
    "summary": "{docs} văn bản, {tasks} nhiệm vụ, {deadlines} thời hạn; {failed} tệp lỗi",
}

#: English warnings of the Plan → a Vietnamese gloss (the original is shown beside it).
_WARNING_GLOSSES: list[tuple[re.Pattern, str]] = [(re.compile(p), g) for p, g in [
    (r"^document number left blank", "Số văn bản để trống (bản dự thảo)"),
    (r"^issue date is partial \(day left blank\)", "Ngày ban hành không đầy đủ (để trống ngày)"),
    (r"^issue date is partial", "Ngày ban hành không đầy đủ (để trống ngày và tháng)"),
    (r"^deadline '(?P<t>.*)' gives no year; assumed (?P<y>\d+)",
     "Thời hạn “{t}” không ghi năm; đã lấy năm {y} của văn bản"),
    (r"^(?:docx: |doc: )?text in legacy Vietnamese (?P<f>.+?) (?:fonts|encoding) converted",
     "Văn bản dùng bảng mã/phông cũ {f}, đã chuyển sang Unicode"),
    (r"^text encoding guessed as (?P<e>\S+)", "Bảng mã của văn bản được đoán là {e}"),
    (r"^(?P<n>\d+) undecodable byte", "{n} chuỗi byte không giải mã được, đã thay bằng �"),
    (r"^pdf: no text layer on (?:pages?) (?P<p>\d[\d, -]*\d|\d)",
     "PDF: trang {p} không có lớp chữ (bản scan?) — cần nhận dạng chữ (OCR)"),
    (r"^pdf: (?:pages?) (?P<p>\d[\d, -]*\d|\d) could not be read",
     "PDF: trang {p} không đọc được (tệp hỏng), thiếu nội dung"),
    (r"^pdf: (?:pages?) (?P<p>\d[\d, -]*\d|\d) text looks unreadable",
     "PDF: chữ ở trang {p} không đọc được (lỗi bảng mã phông) — cần OCR"),
    (r"^pdf: text has no Vietnamese diacritics",
     "PDF: văn bản không có dấu tiếng Việt (lớp OCR không dấu?)"),
    (r"^docx: (?P<n>\d+) tracked deletion", "DOCX: đã bỏ {n} đoạn bị xóa khi theo dõi thay đổi"),
    (r"^docx: (?P<p>\S+) is not well-formed XML", "DOCX: phần {p} bị lỗi cấu trúc, đã bỏ qua"),
]]


def warning_gloss(warning: str) -> str | None:
    """A Vietnamese reading of one of the Plan's warnings, or None when it is not known."""
    for rx, gloss in _WARNING_GLOSSES:
        m = rx.search(warning)
        if m:
            return gloss.format(**m.groupdict())
    return None
