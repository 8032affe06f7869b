"""Who speaks in a document, what it only copies or attaches, and what it only recounts:
none of these is a body given work by it."""
import khparse
from khparse.extract.bodies.names import find_mentions
from khparse.readers import ocr


def names_of(tmp_path, lines, name="doc.txt"):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [b.name for b in khparse.parse(p).bodies]


def test_a_copy_list_written_into_the_text_gives_no_work(tmp_path):
    """"… đồng thời sao gửi đến: X, Y, Z" closing a certificate or decision lists who gets a
    copy, like a Nơi nhận: none of them is given work; the one the decision binds is."""
    names = names_of(tmp_path, [
        "UBND TỈNH NGHỆ AN", "BAN QUẢN LÝ KHU KINH TẾ ĐÔNG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 215/QĐ-KKT", "Nghệ An, ngày 14 tháng 9 năm 2025", "QUYẾT ĐỊNH",
        "Về việc điều chỉnh dự án nhà máy may Hoàng Mai", "TRƯỞNG BAN", "QUYẾT ĐỊNH:",
        "Điều 1. Điều chỉnh tiến độ dự án nhà máy may Hoàng Mai.",
        "Điều 2. Công ty TNHH May mặc Hoàng Mai có trách nhiệm triển khai dự án theo đúng tiến độ đã"
        " điều chỉnh.",
        "Điều 3. Quyết định này được lập thành 03 bản gốc; đồng thời sao gửi tới: Thanh tra tỉnh, Sở Tư"
        " pháp, Cục Thuế tỉnh, Ủy ban nhân dân thị xã Hoàng Mai./.",
        "TRƯỞNG BAN", "Trần Văn Bình"])
    assert "Công ty TNHH May mặc Hoàng Mai" in names, names
    for n in ("Thanh tra tỉnh", "Sở Tư pháp", "Cục Thuế tỉnh", "Ủy ban nhân dân thị xã Hoàng Mai"):
        assert n not in names, names


def test_the_level_pair_misread_by_ocr_is_restored():
    """"các tỉnh, thành phó" (the hook of phố read as an acute) is one addressee with the
    printed "các tỉnh, thành phố" further on, not a second body."""
    assert ocr.fix("Kính gửi: Ủy ban nhân dân các tỉnh, thành phó trực thuộc Trung ương") == \
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert ocr.fix("Kính gửi: UBND CÁC TỈNH, THÀNH PHÓ") == "Kính gửi: UBND CÁC TỈNH, THÀNH PHỐ"
    assert ocr.fix("ông Thành phó giám đốc") == "ông Thành phó giám đốc"   # only the level pair


def test_a_blank_addressee_of_a_template_is_no_body(tmp_path):
    names = names_of(tmp_path, [
        "SỞ TÀI CHÍNH", "PHÒNG NGÂN SÁCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số:      /NS", "Cần Thơ, ngày    tháng    năm 20...", "V/v ...........................",
        "Kính gửi: ……………………………………………………",
        "Phòng Ngân sách nhận được Văn bản số ……/…… của ………………… về việc …………………",
        "Đề nghị …………………………………………/.", "TRƯỞNG PHÒNG", "Lê Thị Hoa"])
    assert not any(not any(c.isalpha() for c in n) for n in names), names


def test_an_issuer_printed_with_its_field_abbreviated_speaks_in_its_text(tmp_path):
    """Header "PHÒNG QLTM" under the Sở: "Phòng Quản lý thương mại thống nhất …" in the text is
    the issuer speaking, not a body given work; the firm it asks is."""
    names = names_of(tmp_path, [
        "SỞ CÔNG THƯƠNG", "PHÒNG QLTM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 31/QLTM", "Bình Định, ngày 05 tháng 8 năm 2025", "V/v góp ý phương án kinh doanh",
        "Kính gửi: Công ty TNHH Xây lắp An Nhơn",
        "Phòng Quản lý thương mại đã nhận được Văn bản số 18/AN ngày 01/8/2025 của Công ty TNHH Xây lắp An Nhơn.",
        "Phòng Quản lý thương mại thống nhất với phương án tổ chức thi công của Công ty.",
        "Đề nghị Công ty TNHH Xây lắp An Nhơn bổ sung bản vẽ thiết kế và gửi lại hồ sơ./.",
        "TRƯỞNG PHÒNG", "Phan Văn Tú"])
    assert "Công ty TNHH Xây lắp An Nhơn" in names, names
    assert not any(n.startswith("Phòng Quản lý") for n in names), names


def test_a_submissions_own_office_and_its_attached_titles_are_no_bodies(tmp_path):
    """A Phiếu trình's "Đơn vị trình:" office tells what it did; "Hồ sơ kèm theo:" lists titles
    ("Tờ trình đề nghị UBND tỉnh … phê duyệt …") whose addressee this paper does not address."""
    names = names_of(tmp_path, [
        "SỞ Y TẾ", "PHÒNG NVD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "Kính gửi: Lãnh đạo Sở Y tế",
        "Đơn vị trình: Phòng Nghiệp vụ dược",
        "Nội dung trình: Kết quả thẩm định hồ sơ cấp chứng chỉ hành nghề dược.",
        "Phòng Nghiệp vụ dược đã thẩm định hồ sơ của 12 cá nhân theo quy định.",
        "Kính trình Lãnh đạo Sở xem xét, quyết định./.",
        "Hồ sơ kèm theo:",
        "1. Tờ trình đề nghị Ủy ban nhân dân tỉnh Hà Tĩnh phê duyệt danh sách cấp chứng chỉ;",
        "2. Biên bản họp Hội đồng tư vấn cấp chứng chỉ hành nghề dược.",
        "TRƯỞNG PHÒNG", "Võ Thị Lan"], name="phieu.txt")
    assert not any("Nghiệp vụ dược" in n for n in names), names
    assert not any("Hà Tĩnh" in n for n in names), names


def test_a_sentence_case_name_ends_before_dự_thảo():
    got = [m.printed("Phòng Quản lý hành nghề y dược dự thảo văn bản trả lời Công ty.")
           for m in find_mentions("Phòng Quản lý hành nghề y dược dự thảo văn bản trả lời Công ty.")]
    assert got[0] == "Phòng Quản lý hành nghề y dược", got


def test_work_recounted_in_a_results_part_gives_no_role(tmp_path):
    """A report's "I. KẾT QUẢ …" part tells of work given before ("UBND tỉnh đã giao Sở X chủ
    trì …"); its "Kiến nghị" part asks, and that body is one."""
    names = names_of(tmp_path, [
        "UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 77/BC-SYT", "Quảng Trị, ngày 20 tháng 10 năm 2025", "BÁO CÁO",
        "Kết quả phòng chống dịch sốt xuất huyết năm 2025", "Kính gửi: Bộ Y tế",
        "I. KẾT QUẢ THỰC HIỆN",
        "Ủy ban nhân dân tỉnh giao Sở Giáo dục và Đào tạo phối hợp tuyên truyền trong trường học; Đài"
        " Phát thanh và Truyền hình tỉnh chủ trì đưa tin thường xuyên.",
        "II. KIẾN NGHỊ",
        "Đề nghị Bộ Y tế hỗ trợ kinh phí mua hóa chất phun diệt muỗi./.",
        "GIÁM ĐỐC", "Nguyễn Văn An"], name="bc.txt")
    assert "Bộ Y tế" in names, names
    assert not any("Giáo dục" in n or "Phát thanh" in n for n in names), names


def test_the_office_that_issued_a_firms_registration_is_no_body(tmp_path):
    """"… do Sở X cấp đăng ký lần đầu ngày …, Sở Y cấp thay đổi lần thứ 5 ngày …" records who
    issued the firm's papers; the licence gives them no work."""
    names = names_of(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/GP-UBND", "Thanh Hóa, ngày 03 tháng 4 năm 2026", "GIẤY PHÉP",
        "Sử dụng vật liệu nổ công nghiệp", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
        "1. Cho phép: Công ty TNHH Khoáng sản Bá Thước",
        "Giấy chứng nhận đăng ký doanh nghiệp số: 2800112233 do Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa cấp"
        " lần đầu ngày 05/6/2009, Sở Tài chính tỉnh Thanh Hóa cấp thay đổi lần thứ 5 ngày 10/02/2026.",
        "2. Công ty TNHH Khoáng sản Bá Thước phải thực hiện đúng các quy định về an toàn.",
        "3. Giao Sở Công Thương, Công an tỉnh kiểm tra việc sử dụng vật liệu nổ công nghiệp./.",
        "CHỦ TỊCH", "Đỗ Minh Tuấn"], name="gp.txt")
    assert "Sở Công Thương" in names and "Công an tỉnh" in names, names
    assert not any("Tài chính" in n or "Kế hoạch" in n for n in names), names


def test_an_execution_list_wrapped_inside_a_name_keeps_its_first_bodies(tmp_path):
    """A scan's line break inside a name ("… các Sở, ngành: Ban\\nQuản lý Khu kinh tế, …")
    does not cut the execution clause: the bodies named before the break execute too."""
    names = names_of(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 901/QĐ-UBND", "Bắc Giang, ngày 08 tháng 5 năm 2026", "QUYẾT ĐỊNH",
        "Về việc chấp thuận chủ trương đầu tư", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "QUYẾT ĐỊNH:",
        "Điều 1. Chấp thuận chủ trương đầu tư dự án Cụm công nghiệp Việt Nhật.",
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ngành: Ban",
        "Quản lý Khu kinh tế, Tài chính, Xây dựng, Công Thương; Chủ tịch UBND xã Tân Yên có trách nhiệm thi"
        " hành Quyết định này./.",
        "CHỦ TỊCH", "Lê Ánh Dương"], name="qd.txt")
    assert any(n.startswith("Văn phòng Ủy ban nhân dân tỉnh") or n.startswith("Văn phòng UBND") for n in names), names
    assert "Sở Xây dựng" in names, names


def test_a_unit_written_with_its_parent_is_the_parents_body(tmp_path):
    """"Phòng Cảnh sát PCCC và CNCH (PC07) - Công an tỉnh Hà Giang" is Công an tỉnh, which the
    execution clause names again: one body, under the parent's name."""
    names = names_of(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 77/QĐ-UBND", "Hà Giang, ngày 11 tháng 3 năm 2026", "QUYẾT ĐỊNH",
        "Phê duyệt phương án nổ mìn", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt phương án nổ mìn của Công ty TNHH Đá Vị Xuyên.",
        "Điều 2. Giao Sở Công Thương phối hợp với Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ"
        " (PC07) - Công an tỉnh Hà Giang giám sát việc thực hiện phương án.",
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Giám đốc Công an tỉnh chịu trách"
        " nhiệm thi hành Quyết định này./.",
        "CHỦ TỊCH", "Nguyễn Văn Sơn"], name="qd.txt")
    assert not any(n.startswith("Phòng Cảnh sát") for n in names), names
    assert sum(n.startswith("Công an tỉnh") for n in names) == 1, names


def test_an_office_printed_by_its_head_under_its_parent_speaks_in_its_text(tmp_path):
    """"VĂN PHÒNG" under "UBND TỈNH QUẢNG NAM" is Văn phòng UBND tỉnh: its "Văn phòng UBND tỉnh
    chuyển …" is the issuer acting, and "UBND tỉnh nhận được Công văn …" records a receipt;
    only the Sở it sends the paper to is a body."""
    names = names_of(tmp_path, [
        "UBND TỈNH QUẢNG NAM", "VĂN PHÒNG", "Số: 812/PC-VPUBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 20 tháng 6 năm 2026", "PHIẾU CHUYỂN",
        "Kính gửi: Sở Xây dựng",
        "Ngày 18/6/2026, Ủy ban nhân dân tỉnh nhận được Văn bản số 45/CV-HA của Công ty TNHH Hội An về"
        " việc đề nghị cấp phép xây dựng.",
        "Văn phòng UBND tỉnh chuyển Văn bản nêu trên đến Sở Xây dựng để chủ trì xem xét, giải quyết theo"
        " quy định./.",
        "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Trần Thị Mai"], name="pc.txt")
    assert "Sở Xây dựng" in names, names
    assert not any(n.startswith("Văn phòng") or n.startswith("Ủy ban nhân dân tỉnh") for n in names), names


def test_a_basis_line_citing_an_assignment_gives_no_role(tmp_path):
    """"Căn cứ Quyết định số … trong đó giao Sở Tư pháp chủ trì soạn thảo …;" cites work another
    decision gave: the submission's bodies are its addressee only."""
    names = names_of(tmp_path, [
        "UBND TỈNH ĐỒNG THÁP", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 90/TTr-SYT", "Đồng Tháp, ngày 02 tháng 3 năm 2026", "TỜ TRÌNH",
        "Về việc ban hành Quyết định quy định giá dịch vụ khám bệnh", "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp",
        "Căn cứ Quyết định số 120/QĐ-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh ban hành danh"
        " mục văn bản quy định chi tiết, trong đó giao Sở Tài chính chủ trì thẩm định phương án giá;",
        "Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định./.",
        "GIÁM ĐỐC", "Lê Minh Hùng"], name="tt.txt")
    assert any("Đồng Tháp" in n or n.startswith("Ủy ban nhân dân tỉnh") for n in names), names
    assert "Sở Tài chính" not in names, names


def test_those_present_at_a_record_are_not_given_work(tmp_path):
    """A Biên bản's "I. THÀNH PHẦN" lists who took part ("1. Sở Xây dựng tỉnh Nam Định:" and its
    officials); the firm its conclusions ask to act is the body."""
    names = names_of(tmp_path, [
        "UBND TỈNH NAM ĐỊNH", "SỞ XÂY DỰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN", "Kiểm tra công trình nhà xưởng", "Hôm nay, ngày 14/5/2026, tại Khu công nghiệp Hòa Xá.",
        "I. THÀNH PHẦN", "1. Ban Quản lý các khu công nghiệp tỉnh:", "- Ông Trần Văn Lâm, Phó Trưởng ban.",
        "2. Công ty TNHH Dệt may Hòa Xá:", "- Bà Phạm Thị Yến, Giám đốc.",
        "II. KẾT LUẬN", "Đề nghị Công ty TNHH Dệt may Hòa Xá hoàn thiện hồ sơ phòng cháy trước ngày 30/6/2026.",
        "ĐẠI DIỆN CÔNG TY", "Phạm Thị Yến"], name="bb.txt")
    assert "Công ty TNHH Dệt may Hòa Xá" in names, names
    assert not any(n.startswith("Ban Quản lý") for n in names), names
