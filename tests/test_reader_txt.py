"""The .txt reader: line structure, bold markers, tab-separated tables."""
from khparse import read

TABLE = ("PHỤ LỤC\nSTT\tNội dung\tĐơn vị chủ trì\tThời hạn\n"
         "1\tRà soát hồ sơ đất đai\tVăn phòng Đăng ký đất đai\tQuý II/2025\n"
         "2\tCập nhật bản đồ\tPhòng Tài nguyên và Môi trường\t30/9/2025\n"
         "Ghi chú: thực hiện\ttheo tiến độ\n")


def test_tab_separated_rows_become_table_cells():
    doc = read(TABLE.encode())
    cells = [(b.table, doc.text[b.start:b.end]) for b in doc.blocks if b.kind == "cell"]
    assert cells[:4] == [((0, 0, 0), "STT"), ((0, 0, 1), "Nội dung"),
                         ((0, 0, 2), "Đơn vị chủ trì"), ((0, 0, 3), "Thời hạn")]
    assert ((0, 2, 2), "Phòng Tài nguyên và Môi trường") in cells
    # a single line with one tab is prose, not a table
    assert not any("Ghi chú" in t for _, t in cells)


PLAN = ("Số: 45/KH-UBND\nKẾ HOẠCH\nChỉnh lý hồ sơ địa chính năm 2025\n"
        "I. MỤC ĐÍCH\n1. Hoàn thiện cơ sở dữ liệu đất đai.\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện theo Phụ lục kèm theo.\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn C\n" + TABLE)


def test_tasks_come_from_a_text_table():
    import khparse
    plan = khparse.parse(PLAN.encode())
    got = {(t.lead, t.deadline.date if t.deadline else None) for t in plan.tasks}
    assert ("Văn phòng Đăng ký đất đai", "2025-Q2") in got
    assert ("Phòng Tài nguyên và Môi trường", "2025-09-30") in got


def test_bold_markers_are_hints_not_text():
    doc = read("**ỦY BAN NHÂN DÂN\nHUYỆN LỤC NAM**\nSố: 12/UBND\n".encode())
    assert doc.text.splitlines()[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN LỤC NAM"]
    assert [b.bold for b in doc.blocks] == [True, True, False]
