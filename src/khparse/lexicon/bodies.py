"""How agencies are named and given work (genre.md, "Bodies" and "Roles in assignments").

Plain data; :mod:`khparse.extract.bodies` compiles it. Separators inside names vary
(`Lao động - Thương binh và Xã hội`, `Lao động, Thương binh và Xã hội`, `Lao động Thương
binh và Xã hội` after PDF de-hyphenation), so field names below are written with ``|``
between their parts, meaning "any of ` - `, `, `, ` ` here".
"""

# Heads that are a complete name by themselves (plus a scope): canonical form → printed
# variants (regex sources, case-insensitive). ``needs_scope``: the head alone is a class
# noun ("lực lượng Công an", "ngành Công an"), so it names one body only with a scope.
_SCHOOL_KIND = (r"(?:học|mầm non|tiểu học|trung học cơ sở|trung học phổ thông|THCS|THPT"
                r"|phổ thông dân tộc nội trú|phổ thông dân tộc bán trú|phổ thông|cao đẳng|đại học)")
FIXED_HEADS: list[tuple[str, list[str], bool]] = [
    ("Ủy ban nhân dân", [r"Ủy ban nhân dân", r"UBND"], True),
    ("Hội đồng nhân dân", [r"Hội đồng nhân dân", r"HĐND"], True),
    ("Đoàn đại biểu Quốc hội", [r"Đoàn đại biểu Quốc hội", r"Đoàn ĐBQH"], True),
    # the Front's central committee, asked to supervise in a central text ("Đề nghị Ủy ban Trung ương
    # Mặt trận Tổ quốc Việt Nam tham gia giám sát …")
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     [r"Ủy ban Trung ương Mặt trận Tổ quốc(?: Việt Nam)?", r"UBTW ?MTTQ(?: ?VN| Việt Nam)?"], False),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam",
     [r"Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?", r"Ủy ban MTTQ(?: ?VN| Việt Nam)?", r"UBMTTQ(?:VN)?"], False),
    ("Công an", [r"Công an"], True),
    # the supreme court and procuracy are bodies of their own, not the province's ("Viện kiểm sát
    # nhân dân tối cao, Tòa án nhân dân tối cao thống nhất hướng dẫn …")
    ("Viện Kiểm sát nhân dân tối cao", [r"Viện Kiểm sát nhân dân tối cao", r"VKSND ?TC"], False),
    ("Tòa án nhân dân tối cao", [r"Tòa án nhân dân tối cao", r"TAND ?TC"], False),
    ("Viện Kiểm sát nhân dân", [r"Viện Kiểm sát nhân dân", r"VKSND"], False),
    ("Tòa án nhân dân", [r"Tòa án nhân dân", r"TAND"], False),
    ("Bộ Chỉ huy Quân sự", [r"Bộ Chỉ huy Quân sự", r"BCHQS", r"Ban Chỉ huy Quân sự", r"BCH ?QS"], False),
    ("Bộ đội Biên phòng", [r"(?:Bộ Chỉ huy )?Bộ đội Biên phòng", r"BĐBP"], False),
    ("Hội Liên hiệp Phụ nữ", [r"Hội Liên hiệp Phụ nữ", r"Hội LHPN", r"Hội Phụ nữ"], False),
    ("Hội Nông dân", [r"Hội Nông dân"], False),
    ("Hội Cựu chiến binh", [r"Hội Cựu chiến binh", r"Hội CCB"], False),
    ("Hội Chữ thập đỏ", [r"Hội Chữ thập đỏ"], False),
    ("Liên đoàn Lao động", [r"Liên đoàn Lao động", r"LĐLĐ"], False),
    ("Thành Đoàn", [r"Thành Đoàn(?: thanh niên Cộng sản Hồ Chí Minh| TNCS Hồ Chí Minh)?"], False),
    ("Tỉnh Đoàn", [r"Tỉnh Đoàn(?: thanh niên Cộng sản Hồ Chí Minh)?"], False),
    ("Huyện Đoàn", [r"Huyện Đoàn"], False),
    ("Thị Đoàn", [r"Thị Đoàn"], False),   # a town's (thị xã) youth union: "Thị đoàn Ninh Hòa"
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", [r"Đoàn Thanh niên Cộng sản Hồ Chí Minh", r"Đoàn TNCS Hồ Chí Minh"], False),
    # the Treasury's regional offices since 2025: "Kho bạc Nhà nước khu vực I", "KBNN Khu vực XII"
    ("Kho bạc Nhà nước khu vực", [r"Kho bạc Nhà nước [Kk]hu vực [IVXL\d]+", r"KBNN [Kk]hu vực [IVXL\d]+"], False),
    ("Kho bạc Nhà nước", [r"Kho bạc Nhà nước", r"KBNN"], False),
    ("Cục Thuế", [r"Cục Thuế"], False),
    # the tax offices since the 2025 reorganisation: "Thuế tỉnh Lào Cai", "Thuế thành phố Hà Nội"
    # (a level must follow: "Thuế giá trị gia tăng" is a tax)
    ("Thuế", [r"Thuế"], True),
    # the State Audit's regional offices: "Kiểm toán Nhà nước khu vực VII", "Kiểm toán khu vực IV"
    ("Kiểm toán Nhà nước khu vực", [r"Kiểm toán (?:Nhà nước |KTNN )?khu vực [IVXL\d]+", r"KTNN khu vực [IVXL\d]+"],
     False),
    ("Kiểm toán Nhà nước", [r"Kiểm toán Nhà nước", r"KTNN"], False),
    ("Chi cục Thuế", [r"Chi cục Thuế"], False),
    ("Bảo hiểm xã hội", [r"Bảo hiểm xã hội", r"BHXH"], True),
    ("Ngân hàng Chính sách xã hội", [r"Ngân hàng Chính sách xã hội", r"NHCSXH"], False),
    ("Ngân hàng Nhà nước", [r"Ngân hàng Nhà nước(?: chi nhánh)?"], False),
    ("Đài Phát thanh và Truyền hình", [r"Đài Phát thanh(?: -| và) Truyền hình", r"Đài PT-?TH"], False),
    ("Văn phòng Ủy ban nhân dân", [r"Văn phòng Ủy ban nhân dân", r"Văn phòng UBND"], True),
    ("Văn phòng Sở", [r"Văn phòng Sở"], False),
    ("Văn phòng Bộ", [r"Văn phòng Bộ"], False),
    ("Văn phòng Cục", [r"Văn phòng Cục(?! Thuế)"], False),   # "Văn phòng Cục Thuế": the Cục Thuế's, read below
    # the inspectorate of the issuing Sở/Bộ, named by its parent's head alone ("Thanh tra Sở")
    # (not "Thanh tra Sở Xây dựng": that one is read as the Sở's mention)
    # ("Thanh tra Sở Xây dựng", "Văn phòng Sở Y tế": the unit of THAT Sở, see UNIT_OF_HEADS)
    ("Thanh tra Sở", [r"Thanh tra Sở"], False),
    ("Thanh tra Bộ", [r"Thanh tra Bộ"], False),
    ("Thanh tra", [r"Thanh tra"], True),
    # party bodies (Đảng): committees and their organs, scoped by "Tỉnh ủy", "Huyện ủy" …
    ("cấp ủy", [r"(?:Huyện|Thị|Thành|Quận|Đảng) ủy(?:,? (?:và )?(?:huyện|thị|thành|quận|đảng) ủy){1,4}"
                r"(?: trực thuộc (?:Tỉnh|Thành) ủy)?"], False),
    ("Ban Cán sự đảng", [r"Ban Cán sự đảng", r"BCS đảng"], False),
    ("Đảng đoàn", [r"Đảng đoàn"], False),
    ("Ủy ban Kiểm tra", [r"Ủy ban Kiểm tra", r"UBKT"], True),
    ("Ban Thường vụ", [r"Ban Thường vụ", r"BTV"], True),
    ("Bưu điện", [r"Bưu điện"], True),
    # classes of schools named by their kind: "các trường trung học phổ thông" (plural only)
    # several levels share the noun: "các trường mầm non, tiểu học, trung học cơ sở" is one class
    ("trường học", [r"[Tt]rường " + _SCHOOL_KIND + r"(?:(?:, ?| và | hoặc )" + _SCHOOL_KIND + r")*"], False),
    ("Viễn thông", [r"Viễn thông"], True),
    ("Điện lực", [r"Công ty Điện lực", r"Điện lực"], True),
    ("cơ quan báo, đài", [r"cơ quan báo, đài", r"cơ quan báo chí"], False),
    ("Ban Chỉ đạo", [r"Ban Chỉ đạo", r"BCĐ"], True),
    # ad-hoc teams named by their function, set up by a decision or plan and given duties
    # ("Đoàn kiểm tra thực hiện nhiệm vụ …", "Tổ công tác tự giải thể …"); a team only
    # mentioned or to be set up gets no role and is no body
    ("Đoàn kiểm tra", [r"Đoàn kiểm tra(?: liên ngành)?"], False),
    ("Đoàn thanh tra", [r"Đoàn thanh tra(?: liên ngành)?"], False),
    ("Đoàn công tác", [r"Đoàn công tác(?: liên ngành)?"], False),
    ("Đoàn thẩm định", [r"Đoàn thẩm định(?: liên ngành)?"], False),
    ("Đoàn giám sát", [r"Đoàn giám sát(?: liên ngành)?"], False),
    ("Tổ công tác", [r"Tổ công tác(?: liên ngành)?"], False),
    ("Tổ kiểm tra", [r"Tổ kiểm tra(?: liên ngành)?"], False),
    ("Tổ thẩm định", [r"Tổ thẩm định"], False),
    ("Tổ giúp việc", [r"Tổ giúp việc"], False),
    # the Đoàn units of a province named by their class, in lower case like the party
    # committees above ("các huyện đoàn, thành đoàn, đoàn trực thuộc"): two items at least
    ("đoàn cơ sở", [r"(?:huyện|thị|thành|quận) đoàn(?:,? (?:và )?(?:(?:huyện|thị|thành|quận) đoàn|đoàn trực thuộc"
                    r"|đoàn cơ sở)){1,4}"], False),
]

# Heads followed by a field name: `Sở Tư pháp`, `Phòng Quản lý Công nghiệp`, `Đoàn 2 Kiểm
# tra liên ngành`. Longest first where one is a prefix of another.
FIELD_HEADS: list[str] = [
    "Tổng cục", "Chi cục", "Cục", "Bộ", "Sở", "Phòng", "Ban Quản lý", "Ban", "Vụ", "Đồn", "Trạm", "Hạt",
    "Văn phòng", "Trung tâm", "Viện", "Học viện", "Bệnh viện", "Trường", "Báo", "Đài",
    "Đội", "Tổ", "Tập đoàn", "Đoàn", "Hiệp hội", "Hội", "Liên đoàn", "Hợp tác xã", "Chi nhánh", "Công ty", "Tổng công ty",
    "Liên danh",
]
# A joint venture of firms, named by its members: "Liên danh Công ty CP A - Công ty TNHH B",
# "Liên danh Đông Á - Sông Hồng". One body, the members' names joined by a dash (or "và").
JOINT_VENTURE_HEADS = {"Liên danh"}

# Heads that already hold a field word, so what follows may be all lower case ("Ban Quản lý
# các khu công nghiệp", "Ban Quản lý rừng phòng hộ"): its end is found by POS tags (nlp.py).
LOWER_FIELD_HEADS = {"Ban Quản lý"}

# Abbreviations that stand for the opening words of such a head and its sentence-case field
# ("Ban QLDA ĐTXD công trình giao thông tỉnh" = "Ban Quản lý dự án đầu tư xây dựng công trình
# giao thông tỉnh"): (head, abbreviation) → (the head it stands for, the field words it holds).
# The name goes on after them in lower case, like the head written out.
LOWER_FIELD_HEAD_ABBRS: dict[tuple[str, str], tuple[str, str]] = {
    ("Ban", "QLDA"): ("Ban Quản lý", "dự án"),
}
# Words that join the field syllables of such a name and do not end it: "các" before a class of
# works, "và" between two fields ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và
# công nghiệp tỉnh").
LOWER_FIELD_LINKS = ["các", "và"]
# Abbreviated field words that may follow them ("ĐTXD", "XDCT"), written out. A firm's name
# abbreviates the same words ("Công ty CP ĐTXD số 9 Bắc Giang", "Công ty CP khai thác VLXD Miền
# Bắc"): it is one firm with the name written out.
LOWER_FIELD_WORD_ABBRS: dict[str, str] = {
    "ĐTXD": "đầu tư xây dựng", "XDCT": "xây dựng công trình", "ĐT&XD": "đầu tư và xây dựng",
    "CTGT": "công trình giao thông", "DD&CN": "dân dụng và công nghiệp", "DDCN": "dân dụng và công nghiệp",
    "VLXD": "vật liệu xây dựng",
}

# Heads that name a branch or unit OF another body, whose full name follows: "Chi nhánh
# Văn phòng Đăng ký đất đai huyện", "Chi nhánh Ngân hàng Chính sách xã hội huyện". The inner
# name (with its scope) is part of the name, not a body of its own.
# Heads a number alone names ("Đoàn 2", "Tổ số 3", "Chi nhánh số 1 - Công ty cổ phần X": a
# firm's numbered branch, written with the firm it belongs to).
NUMBERED_HEADS = {"Đoàn", "Đội", "Tổ", "Chi nhánh"}
BRANCH_HEADS = {"Chi nhánh", "Đoàn"}   # "Đoàn Trường Đại học X": the youth union OF the school

# Heads of an office shared by two bodies: "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn
# ĐBQH và HĐND tỉnh" is ONE office (merged at district/province level), named by both heads.
JOINT_HEADS = {"Văn phòng"}

# Units named by their parent's head, which may be followed by the parent's field: "Văn
# phòng Sở" (the issuing Sở's own office) or "Văn phòng Sở Y tế", "Thanh tra Sở Xây dựng"
# (the office / inspectorate OF that Sở: a unit, not the Sở itself; corpus gold names
# "Văn phòng Sở Công Thương" so). Canonical head → the parent head whose fields follow.
UNIT_OF_HEADS = {"Văn phòng Sở": "Sở", "Thanh tra Sở": "Sở", "Văn phòng Bộ": "Bộ", "Thanh tra Bộ": "Bộ",
                 "Văn phòng Cục": "Cục"}

# Lower-case qualifiers that narrow a collective scope to a kind of place ("UBND các huyện
# ven biển", "các Đồn Biên phòng tuyến biển", "các xã biên giới"): part of the name.
SCOPE_QUALIFIERS = [
    "ven biển", "ven sông", "ven biên", "tuyến biển", "biên giới", "miền núi", "vùng cao", "vùng sâu",
    "vùng xa", "vùng sâu, vùng xa", "hải đảo", "đảo", "đồng bằng", "trung du", "vùng biển",
]

# Field words that are incomplete alone: a capitalized word after them is still the name
# ("Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Đội Nghiệp vụ 1").
OPEN_FIELDS = {"nghiệp vụ"}

# Field names with lower-case words inside, which the capitalisation rule cannot delimit,
# and common ones worth folding: canonical form → abbreviations (genre.md "Bodies").
FIELDS: dict[str, list[str]] = {
    "Lao động|Thương binh và Xã hội": ["LĐTB&XH", "LĐTBXH", "LĐ-TB&XH", "LĐ-TBXH", "LĐTB và XH"],
    "Kế hoạch và Đầu tư": ["KH&ĐT", "KHĐT", "KH-ĐT"],
    "Tài nguyên và Môi trường": ["TN&MT", "TNMT", "TN-MT"],
    "Nông nghiệp và Phát triển nông thôn": ["NN&PTNT", "NNPTNT", "NN-PTNT"],
    "Nông nghiệp và Môi trường": ["NN&MT", "NNMT"],
    "Văn hóa|Thể thao và Du lịch": ["VHTT&DL", "VHTTDL", "VH-TT&DL", "VH,TT&DL"],
    "Văn hóa và Thể thao": ["VH&TT", "VHTT", "VH-TT"],
    "Văn hóa|Thông tin": ["VH-TT", "VHTT", "VH&TT"],
    "Văn hóa|Xã hội": ["VH-XH", "VHXH"],
    "Thông tin và Truyền thông": ["TT&TT", "TTTT", "TT-TT"],
    "Giáo dục và Đào tạo": ["GD&ĐT", "GDĐT", "GD-ĐT"],
    "Giao thông vận tải": ["GTVT"],
    "Khoa học và Công nghệ": ["KH&CN", "KHCN"],
    "Tài chính|Kế hoạch": ["TC-KH", "TCKH"],
    "Phòng|chống tệ nạn xã hội": ["PCTNXH"],
    "Phòng|chống ma túy": [],
    "Cảnh sát điều tra tội phạm về trật tự xã hội": ["CSĐT tội phạm về TTXH", "CSĐT TP về TTXH"],
    "Cảnh sát điều tra tội phạm về ma túy": ["CSĐT tội phạm về ma túy", "CSĐT TP về ma túy"],
    "Cảnh sát quản lý hành chính về trật tự xã hội": ["CSQLHC về TTXH"],
    "Cảnh sát phòng cháy|chữa cháy và cứu nạn|cứu hộ": ["PCCC và CNCH"],
    "Đăng ký kinh doanh": ["ĐKKD"],
    "Kiểm tra liên ngành Văn hóa|Xã hội": [],
    "Kiểm tra liên ngành": [],
    "Quản lý thị trường": ["QLTT"],
    "Cảnh sát hình sự": [], "Cảnh sát kinh tế": [], "Cảnh sát giao thông": [],
    "Công tác xã hội": [],
    "Quản lý chất lượng nông lâm sản và thủy sản": ["QLCL NLS&TS", "QLCLNLTS"],
    "Chăn nuôi và Thú y": [], "Trồng trọt và Bảo vệ thực vật": [], "Thủy lợi": [], "Kiểm lâm": [],
    "An toàn vệ sinh thực phẩm": ["ATVSTP"], "Dân số|Kế hoạch hóa gia đình": ["DS-KHHGĐ"],
    "Bảo vệ môi trường": [], "Phòng cháy|chữa cháy": ["PCCC"],
    "nghiệp vụ": [],
    # the Ministry of Industry and Trade's safety department, written in sentence case with "và"
    # before a capital ("Cục Kỹ thuật an toàn và Môi trường công nghiệp")
    "Kỹ thuật an toàn và Môi trường công nghiệp": ["KTAT&MTCN", "KTATMTCN", "KTAT và MTCN"],
    "Tư pháp": [], "Tài chính": [], "Nội vụ": [], "Y tế": [], "Công Thương": [], "Xây dựng": [],
    "Ngoại vụ": [], "Du lịch": [], "Dân tộc": [], "Tôn giáo": [], "Quốc phòng": [],
}
# Fields that are printed like a head of their own, after the head that takes them: the
# ministry of the police ("Bộ Công an, Bộ Quốc phòng"), not "Bộ" + a police body.
FIELDS_OF_HEAD: dict[str, list[str]] = {"Bộ": ["Công an"]}
# An abbreviation printed alone is read with the head it usually goes with (district
# Phòng VH-TT vs provincial Sở VH&TT), where the same letters are used for two fields.
ABBR_BY_HEAD: dict[tuple[str, str], str] = {
    ("Phòng", "VHTT"): "Văn hóa|Thông tin", ("Phòng", "VH-TT"): "Văn hóa|Thông tin",
    ("Sở", "VHTT"): "Văn hóa và Thể thao", ("Sở", "VH-TT"): "Văn hóa và Thể thao",
}

# Lower-case syllables that end unit names written in sentence case ("Phòng Quản lý thương
# mại", "Trung tâm Khuyến công và Xúc tiến thương mại"): common field vocabulary. A name
# takes such a tail only when a boundary (punctuation, a role cue) follows it.
NAME_TAIL_SYLLABLES = set("""
thương mại kinh doanh đô thị chất lượng đất đai công nghiệp năng lượng xuất nhập khẩu kỹ thuật
an toàn hành chính tổng hợp pháp chế tài kế hoạch tổ chức cán bộ xây dựng giao thông vận tải nông
lâm thủy sản thực phẩm y tế dược giáo dục đào tạo văn hóa thể thao du lịch môi trường nguyên
khoáng điện lực số dữ liệu tin truyền nghiệp vụ quản lý xúc tiến khuyến người có công bảo trợ
xã hội trẻ em bình đẳng giới việc làm dạy nghề đầu tư ngân sách thuế hải quan kiểm định
thanh tra kiểm tra giám sát đối ngoại tuyên giáo dân vận hạ tầng quy hoạch kiến trúc nhà ở
bất động sản lao động tiền lương phòng chống tệ nạn ma túy mại dâm công cộng ích cấp nước thoát
vệ sinh cây xanh chiếu sáng rác thải phục vụ hỗ trợ phát triển quỹ bồi thường giải phóng mặt bằng
dịch học dự kiểm soát bệnh tật chính trị dưỡng lưu trữ giúp pháp lý chứng định đăng ký vấn thẩm
ứng khoa cứu nạn hộ cháy chữa truyền hình thanh phát sóng trình thủy lợi khai thác thôn nước sạch
mới án tưởng cán mỏ luyện kim thiết dụng vật liệu tư chuyên dùng xăng dầu
""".split())   # "mới": "Văn phòng Điều phối nông thôn mới" (the national programme's name)
# ("vật liệu xây dựng", "vật tư", "chuyên dùng", "xăng dầu": what firms trade in, written in their
# names: "Công ty CP Khai thác vật liệu xây dựng Miền Bắc", "Công ty TNHH vật tư chuyên dùng …")
# Verbs that are also the nouns of unit names ("Trung tâm Khuyến công và Tư vấn phát triển
# công nghiệp", "Trung tâm Xúc tiến đầu tư"): a tail may start with one when it runs on
# through field syllables to a firm end (a role cue or punctuation).
NOUN_LIKE_VERBS = ["phát triển", "xúc tiến"]
# Verbs that are also words of firms' names ("Công ty cổ phần Đầu tư xây dựng và phát triển
# đô thị", "Tư vấn quản lý dự án"): a firm's name in sentence case runs through them, not
# through the other verbs ("… giao thông thẩm định, phê duyệt").
FIRM_NOUN_VERBS = NOUN_LIKE_VERBS + ["xây dựng", "quản lý", "hỗ trợ"]
# Verbs that start the work after a name: a sentence-case tail ends before them, and a tail
# never starts with one ("Phòng Quản lý Công nghiệp xây dựng …" is not a name + "xây dựng").
ACTION_VERBS = [
    "bảo đảm", "đảm bảo", "tổ chức", "triển khai", "thực hiện", "tăng cường", "vận hành", "rà soát",
    "kiểm tra", "xây dựng", "hướng dẫn", "phối hợp", "chủ trì", "tham mưu", "theo dõi", "đôn đốc",
    "tuyên truyền", "báo cáo", "chỉ đạo", "cung cấp", "quản lý", "phát triển", "hỗ trợ", "đẩy mạnh",
    "nâng cao", "duy trì", "bố trí", "thẩm định", "giám sát", "tiếp nhận", "thu gom", "vận chuyển",
    "xử lý", "phát hiện", "ngăn chặn", "chuẩn bị", "nghiên cứu", "đề xuất", "tập trung", "chịu trách nhiệm",
    "có trách nhiệm", "dự thảo", "soạn thảo", "thẩm tra", "tiến hành",
]
# Lower-case words that never continue a name after its capitalized part (prepositions,
# role cues, list words): a name followed by one of them is sure to end there, so the POS
# tagger is not asked (khparse.nlp is for the unsure cases only).
NOT_NAME_TAIL = [
    "và", "của", "cho", "tại", "với", "theo", "trong", "trên", "về", "đến", "từ", "để", "thuộc",
    "trực thuộc", "chủ trì", "phối hợp", "có", "là", "được", "đã", "sẽ", "đang", "cùng", "hoặc",
    "nhằm", "khi", "đối với", "như", "thì", "mà", "nếu",
    # manner words that open the action after the name ("X khẩn trương ban hành", "X chủ động
    # rà soát"); the tagger reads some of them as nouns in context
    "khẩn trương", "chủ động", "kịp thời", "tích cực", "nghiêm túc", "thường xuyên", "cần", "phải",
]
# Nouns that start the object of an assignment rather than continue the name ("giao Trung tâm
# Khuyến nông nhiệm vụ …", "bố trí cho Phòng Y tế kinh phí …"): a POS tail never crosses one.
NOT_NAME_NOUNS = [
    "nhiệm vụ", "trách nhiệm", "kinh phí", "chỉ tiêu", "việc", "công tác", "văn bản", "kế hoạch",
    "báo cáo", "hồ sơ", "tài liệu", "số liệu", "ý kiến", "phương án", "dự thảo", "thời gian",
    "ngày", "tháng", "năm", "quý", "trước", "sau", "cán bộ", "lực lượng", "người",
]
NAME_TAIL_BOUNDARY = (r"[ \t]*(?:[,;:.)\n]|$)|[ \t]+(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm"
                      r"|là cơ quan|là đơn vị|thuộc|trực thuộc|và [A-ZĐ]"
                      r"|(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|thị trấn)(?![^\W\d_])"
                      r"|[A-ZĐ])")

# Administrative levels that scope a body (`Công an huyện`, `UBND các quận, huyện`).
# Two-syllable levels may wrap at a PDF line end ("thành\nphố"); "xã hội" is no level.
LEVELS = r"thành\s+phố|tỉnh|huyện|quận|thị\s+xã|thị\s+trấn|xã(?!\s+(?-i:hội))|phường|TP\.?|Tp\.?|TX\.?"
# Party committees that scope an organ: "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Huyện ủy".
# Also the Đoàn committees, whose organs are named the same way ("Ban Phong trào Tỉnh Đoàn",
# "Văn phòng Thành Đoàn").
# Both words capitalized: "Công an tỉnh Đoàn Văn X" is a person (Đoàn is a family name).
PARTY_SCOPE = r"(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy|(?-i:(?:Tỉnh|Thành|Huyện|Quận|Thị) Đoàn))"
# Heads whose name is another body: "Ban Cán sự đảng UBND tỉnh", "Đảng đoàn Ủy ban MTTQ tỉnh".
OF_BODY_HEADS = {"Ban Cán sự đảng", "Đảng đoàn"}

# Levels of the issuing authority itself: `Công an thành phố` = `Công an TP Hà Nội`.
TOP_LEVELS = {"thành phố", "tỉnh", "tp", "tp.", "trung ương"}

# Words before a name that state the role it gets (genre.md "Roles in assignments").
# Regex sources matched right before the mention (they end where the name starts).
ASSIGN_CUES = [
    r"giao cho", r"giao", r"đề nghị", r"yêu cầu", r"chỉ đạo", r"lãnh đạo", r"hướng dẫn", r"phân công",
    r"ủy quyền cho", r"ủy quyền", r"đôn đốc",
]
PARTNER_CUES = [
    r"phối hợp chặt chẽ với", r"phối hợp chặt chẽ", r"phối hợp với", r"phối hợp cùng",
    r"phối hợp", r"cùng với", r"cùng",
]
# After the name: the body leads the work.
LEAD_AFTER = r"(?:có trách nhiệm |chịu trách nhiệm |là cơ quan |là đơn vị )?chủ trì"
# Words that address a person ("Công ty X và Ông Nguyễn Văn A"): a person's name follows, not
# more words of a body's name.
PERSON_TITLES = ["Ông", "Bà", "Anh", "Chị", "Đồng chí", "Đ/c", "Hộ", "Cá nhân"]

# What a data line gives after "Name:" — the body's papers, not its duties ("- Công ty X: Giấy
# chứng nhận đăng ký doanh nghiệp số …", "Nhà thầu khảo sát: Công ty Y: Chứng chỉ năng lực …").
RECORD_AFTER_COLON = (r"\s*:\s*(?:giấy\s+(?:chứng\s+nhận|phép|đăng\s+ký)|chứng\s+chỉ|mã\s+số|địa\s+chỉ"
                      r"|số\s+điện\s+thoại|điện\s+thoại|quyết\s+định\s+số|văn\s+bản\s+số)\b")

# After a subject: it gives or issues work rather than doing it ("UBND thành phố giao …",
# "Sở LĐTB&XH đề nghị …", "UBND tỉnh ban hành Kế hoạch").
# Also verbs of saying and past-tense reports in news ("… cho biết", "đã tổ chức"), and the
# receipt of a paper ("Ngày 11/5, UBND tỉnh nhận được Công văn số …"): no work given.
REQUEST_AFTER = (r"(?:(?:cũng|sẽ|tiếp tục)\s+)*(?:giao|đề nghị|yêu cầu|ban hành|có văn bản|"
                 r"chỉ thị|quyết định|phê duyệt|thông báo|cho biết|cho hay|nhấn mạnh|khẳng định|"
                 r"nhận định|chia sẻ|phát biểu|trân trọng|kính|đã|vừa|đang|nhận được)\b")
# After a subject: the letter it sent, told as a record, not work given to it — the applicants
# a decision weighs ("Xét đề nghị của: Công ty X tại Văn bản số …; Công ty Y tại Tờ trình …").
RECORD_AFTER = r"tại\s+(?:(?:các\s+)?văn bản|công văn|tờ trình|đơn|báo cáo|thông báo|giấy đề nghị)\b"
# The execution clause closing a Quyết định / Chỉ thị ("Chánh Văn phòng UBND tỉnh; Giám đốc
# các Sở: …; Chủ tịch UBND huyện X … chịu trách nhiệm thi hành Quyết định này"): every body
# named in its subject list is given the execution.
# The same clause written without "chịu trách nhiệm": "… và các cá nhân có liên quan thi hành Quyết
# định này", "… căn cứ Quyết định thi hành", "… căn cứ Quyết định này để thực hiện".
EXECUTION_CLAUSE = (r"(?:(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)"
                    r"(?:\s+[^\s.;,]+){1,3}?\s+này\b"
                    r"|\bcăn\s+cứ\s+(?:Quyết\s+định|Chỉ\s+thị)(?:\s+này)?\s+(?:để\s+)?(?:thi\s+hành|thực\s+hiện)\b"
                    r"|(?<!\w)thi\s+hành\s+(?:Quyết\s+định|Chỉ\s+thị)\s+này\b)")
# "Chánh Văn phòng" with nothing after it (a comma, "và", the clause's verb) is the head of the
# issuer's own office: in a Sở's decision "Văn phòng Sở", in a UBND's "Văn phòng UBND". The
# issuer's head → the head of its office.
# Written also in lower case and with the issuer's head or level after it ("Chánh văn phòng Sở,",
# "Chánh Văn phòng tỉnh," in the province's decision): the same office, if that word fits the
# issuer (OWN_OFFICE_TAIL).
BARE_OWN_OFFICE = (r"(?<![^\W\d_])Chánh\s+([Vv]ăn\s+phòng(?:\s+(Sở|Bộ|tỉnh|thành\s+phố|huyện|xã))?)"
                   r"(?=\s*[,;]|\s+(?:và|chịu|có|căn|thi)\b)")
OWN_OFFICE_TAIL = {"Sở": {"Sở"}, "Bộ": {"Bộ"}, "Ủy ban nhân dân": {"tỉnh", "thành phố", "huyện", "xã"}}
OWN_OFFICE_OF = {"Sở": "Văn phòng Sở", "Bộ": "Văn phòng Bộ", "Ủy ban nhân dân": "Văn phòng Ủy ban nhân dân"}
# Before a name: it is the issuer, owner, recipient or object, not an actor.
PASSIVE_BEFORE = [
    r"của", r"cho", r"trình", r"đối với", r"gửi", r"gửi về", r"gửi đến", r"về", r"tại",
    r"thông qua", r"thuộc", r"trực thuộc", r"với", r"đề xuất", r"báo cáo", r"tham mưu",
    r"kiến nghị", r"theo", r"tới", r"đến", r"từ", r"qua", r"được", r"bởi",
    r"của:",
    # a copy list written into the text ("…; đồng thời sao gửi đến: Ủy ban Kiểm tra Tỉnh ủy, Công an
    # tỉnh, …"): the bodies receive the document, like a Nơi nhận; none is given work
    r"gửi đến:", r"gửi tới:", r"gửi cho:", r"sao gửi:",
]
# "do X cấp/ban hành/chủ trì": X is the agent named after a passive ("Giấy CNĐKKD số … do Phòng
# Đăng ký kinh doanh, Sở Tài chính cấp"), not the one given work — but not "do vậy/đó" (therefore).
AGENT_BEFORE = r"do(?!\s+(?:vậy|đó|đấy|là|không|chưa|có)\b)"

# Words that open like a head but are events, verbs or common nouns ("Tổ chức hội chợ",
# "Hội nghị Tổng kết", "Hội Thi Tìm hiểu pháp luật", "Đoàn viên"): never the start of a name,
# whatever their case. The sectioner's list (lexicon.structure.NOT_AGENCY) plus these.
NOT_NAME_OPENERS = ["Hội chợ", "Hội viên", "Hội trại", "Hội khỏe", "Hội giảng", "Hội báo", "Hội xuân"]

# Class nouns and catch-alls that are never one body (NOTES "bodies": not included).
CATCH_ALL_WORDS = [
    "sở", "ban", "ngành", "đoàn thể", "cơ quan", "đơn vị", "tổ chức", "lực lượng", "địa phương",
    "cấp", "bộ", "hội", "chính quyền", "quận", "huyện", "xã", "phường", "thị trấn", "thị xã",
]

# Position words put before a body when its head is directed ("Chỉ đạo Trưởng Đoàn 2 …",
# "Thủ trưởng các cơ quan, đơn vị"). A letter asks a head with the honorific "đồng chí"
# ("đề nghị đồng chí Giám đốc Sở Tài chính xem xét", "kính đề nghị đ/c Chủ tịch UBND tỉnh
# chỉ đạo"): the office-holder's body is the one asked.
HONORIFIC = r"(?:[Đđ]ồng\s+chí|[Đđ]/c)"
POSITION_PREFIX = (r"(?:Phó\s+)?(?:Thủ trưởng|Lãnh đạo|Tổng Giám đốc|Giám đốc|Chủ tịch|Chánh án|Chánh"
                   r"|Chỉ huy trưởng|Chi cục trưởng|Cục trưởng|Viện trưởng|Hiệu trưởng|Bộ trưởng|Vụ trưởng"
                   r"|Trưởng|Chủ nhiệm|Bí thư)")
# ("Trưởng phòng GD&ĐT các huyện" is the head of "phòng GD&ĐT …": the position is "Trưởng",
# the head word "phòng" / "ban" belongs to the body's name)

# Common family names: a capitalized run after "Chủ tịch UBND tỉnh" starting with one is the
# person ("Phó Chủ tịch UBND tỉnh Lê Hoàng Nghĩa"), not a place.
SURNAMES = set("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Trịnh
Mai Trương Lương Lâm Hà Tô Cao Chu Tạ Đoàn Vương Thái Quách Lục La Triệu Kiều Từ Hứa Nông Lò Giàng
Sùng Thào Lường Vi Hầu Tăng Khúc Mạc Lưu Văn Châu Doãn Phùng Tống Âu Diệp Viên Quan Ninh""".split())

# Task tables: header cell wording → column role.
TABLE_HEADERS: dict[str, str] = {
    r"nội dung|nhiệm vụ|công việc|hoạt động|tên nhiệm vụ|giải pháp": "task",
    r"chủ trì|thực hiện|chịu trách nhiệm|đầu mối|phụ trách": "lead",
    r"phối hợp": "partners",
    r"thời gian|thời hạn|tiến độ|hoàn thành|thời điểm": "deadline",
    r"sản phẩm|kết quả": "product",
    r"^\s*(?:stt|tt|số tt)\s*$": "number",
    # the means, not who acts: "Nguồn lực thực hiện", "Nguồn vốn", "Kinh phí thực hiện"
    r"nguồn\s+(?:lực|vốn|kinh\s+phí)|kinh\s+phí": "resources",
}
# A trailing line that names the lead of the block above it; "Chủ trì: X" alone is one too, and
# in the schedule of an inspection or a meeting (Thời gian / Địa điểm / Chủ trì / Thành phần), with
# no block above, it gives X the chair of the event (tasks.py).
LEAD_LINE = (r"(?:(?:cơ quan|đơn vị)\s+(?:chủ\s+trì(?:\s+thực\s+hiện)?|thực\s+hiện|chịu\s+trách\s+nhiệm)"
             r"|(?<![^\W\d_]\s)(?<![^\W\d_])chủ\s+trì)\s*:")
PARTNER_LINE = r"(?:cơ quan|đơn vị)\s+phối\s+hợp\s*:"
# Label lines of a task block (not agency clauses, though they look like "X: …").
LABEL_LINE = (r"^\s*(?:(?:cơ quan|đơn vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|chịu\s+trách\s+nhiệm)"
              r"|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|kinh phí"
              r"|đơn vị công tác|nơi công tác)\b")
# Where a person named above works ("a) Đơn vị công tác: Công ty TNHH …"): a label, no assignment.
WORKPLACE_LINE = r"^\s*(?:[a-zđ\d]{1,2}[.)]\s*|[-+•*]\s*)?(?:đơn vị công tác|nơi công tác)\s*:"

# A funding-source item is not an assignment ("Kinh phí thực hiện … được chi từ …").
FUNDING = r"^\s*kinh phí\b[^.;]*\b(?:chi từ|từ nguồn|được bố trí|bố trí từ|do ngân sách)"
# Types of a letter (Decree 30: công văn, giấy mời) whose one dated limit governs every request it
# makes (tasks.py): the work asked for is due at the inspection, the meeting, the reply date.
ONE_LIMIT_TYPES = {"Công văn", "Giấy mời"}
# Reports: they recount what bodies did ("Thanh tra tỉnh tổ chức 04 cuộc thanh tra", "UBND tỉnh
# đã chỉ đạo Sở X …"); only what they ask of a body is work ("Đề nghị Bộ X …", a "Kiến nghị Bộ
# X" heading), and their closing "Trên đây là Báo cáo …, trân trọng đề nghị Bộ X xem xét, tổng
# hợp" is a formula.
REPORT_TYPES = {"Báo cáo"}
# The parts of a report that set work ahead ("III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM",
# "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Giải pháp", "Tổ chức thực hiện"): there a body as the subject is
# given work, as in a plan. Matched on the title of a top-level part.
FORWARD_PART = (r"^\W*(?:phương\s+hướng|nhiệm\s+vụ|giải\s+pháp|kiến\s+nghị|đề\s+xuất|đề\s+nghị"
                r"|tổ\s+chức\s+thực\s+hiện|kế\s+hoạch)")
# The request a report's work must be asked by, right before the body's name; not one it
# recounts ("UBND tỉnh đã giao Sở X chủ trì …").
REQUEST_BEFORE = (r"(?<!đã )(?:đề\s+nghị|kiến\s+nghị|yêu\s+cầu|giao)\s+(?:(?:quý|các|những)\s+)?"
                  rf"(?:(?:{HONORIFIC}\s+)?{POSITION_PREFIX}\s+)?$")
# A report's own recommendation part, nested under its results ("II. KẾT QUẢ KIỂM TRA / 5. Kiến nghị
# của Đoàn kiểm tra:", "3. Kiến nghị, đề xuất"): it asks in the report's voice, so its items set work
# like a level-1 "IV. KIẾN NGHỊ" does. Not the inspected party's own ("Kiến nghị của đối tượng kiểm tra",
# "Kiến nghị của doanh nghiệp"), which it only reports.
OWN_RECOMMENDATION_PART = (r"^\W*(?:kiến\s+nghị|đề\s+xuất)(?:\s*(?:,|và)\s*(?:kiến\s+nghị|đề\s+xuất))?"
                           r"(?:\s+của\s+(?:đoàn|tổ)(?:\s+(?:công\s+tác|liên\s+ngành))?"
                           r"(?:\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát|liên\s+ngành))?)?\W*$")
# An item that scopes a request to the party it names ("- Đối với 01 đơn vị kinh doanh hóa chất (Công
# ty X): Yêu cầu đơn vị …", "+ Đối với Công ty Y: đề nghị khẩn trương …"): the party in the scope is
# asked; with no name there, the collective the request names ("Yêu cầu các đơn vị …").
SCOPED_REQUEST = (r"\s*(?:[-+•*]\s*|(?:\d{1,2}|[a-zđ])[.)]\s*)?Đối\s+với\s+(?P<scope>[^:\n]{1,200}?)\s*:\s*"
                  r"(?:(?:Đoàn|Tổ)\s+(?:kiểm\s+tra|thanh\s+tra|công\s+tác)\s+)?(?:yêu\s+cầu|đề\s+nghị|kiến\s+nghị)\s+"
                  r"(?P<whom>các\s+(?:đơn\s+vị|doanh\s+nghiệp|cơ\s+sở|công\s+ty)(?![^\W\d_]))?")
# A paragraph that only names who the items below it are asked of: "Đề nghị Bộ Nông nghiệp và
# Môi trường:", "Kiến nghị Ủy ban nhân dân tỉnh:" — each item under it is that body's task.
REQUEST_LEAD_IN = r"\s*(?:(?:kính|trân\s+trọng)\s+)?(?:đề\s+nghị|kiến\s+nghị)\s+(?:(?:quý|các)\s+)?"
# A paragraph that gives one body the numbered jobs below it: "Giao phòng Quản lý Công nghiệp
# triển khai, thực hiện các công việc liên quan:", "Giao Trung tâm Y tế huyện chủ trì thực hiện các
# nhiệm vụ sau:" — each item under it is that body's task (ASSIGN_LEAD_IN before the name,
# ASSIGNED_WORK_TAIL after it up to the colon).
ASSIGN_LEAD_IN = r"\s*(?:giao|phân\s+công)\s+(?:cho\s+)?"
ASSIGNED_WORK_TAIL = (r"[ \t]*[^.;:!?\n]{0,60}?(?<![^\W\d_])(?:các|những|một[ \t]+số)[ \t]+(?:công[ \t]+việc|nhiệm[ \t]+vụ"
                      r"|nội[ \t]+dung)(?![^\W\d_])[^.;:!?\n]{0,40}?[ \t]*:[ \t]*$")
# … unless the day ends a term ("đến ngày 17/4/2028", "có giá trị đến 14/8/2025"): a validity, not a
# day the work is due.
TERM_END = r"\W*(?:(?:có giá trị|có hiệu lực|kéo dài)\s+)?(?:đến|tới|hết)\b"

# An agency clause may list its duties as plain paragraphs, without dash or numbering (a Word
# list whose bullets were typed away, or a drafter's habit): "1. Phòng Quản lý công nghiệp" /
# "Tổ chức tuyên truyền …." / "Chủ động phối hợp …;". Each paragraph that opens in capitals
# and ends a sentence (this pattern) is one duty, as a dash item would be. A paragraph ending
# in ":" leads in to what follows and keeps the clause whole.
DUTY_PARAGRAPH_END = r"[.;!](?:/\.)?\s*$"
# A paragraph that opens with a subject of its own is no duty of the clause above it ("Các cơ
# quan, công sở nhà nước thực hiện tiết kiệm …" closing a directive): it opens with a
# collective, an office-holder or a body's name (the latter checked against the mentions).
# A "label: value" line ("Địa điểm nổ mìn: Bản …", "Thời gian: Quý III") is no duty either.
OWN_SUBJECT = rf"\s*(?:(?:các|những|mọi|toàn\s+thể)\s|{POSITION_PREFIX}\s|[^:\n]{{1,50}}:\s*\S)"
# A heading that gives the duties of one body: "Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm
# tra", "2. Trách nhiệm của Ban Quản lý dự án", "Nhiệm vụ, quyền hạn của Tổ công tác": the items
# under it are that body's work, as under "1. Sở Y tế:".
DUTIES_OF = (r"(?:Trách\s+nhiệm|Nhiệm\s+vụ(?:\s*(?:,|và)\s*quyền\s+hạn)?|Quyền\s+hạn(?:\s*(?:,|và)\s*"
             r"nhiệm\s+vụ)?)\s+(?:của|đối\s+với)")
# Project-owner roles a decision names once ("1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty X",
# "Chủ đầu tư: Công ty Y") and then gives duties by role ("Trách nhiệm của nhà đầu tư").
OWNER_ROLES = ["nhà đầu tư", "chủ đầu tư"]
# Between the role's label and the firm's name: "Tên doanh nghiệp:", "Tên nhà đầu tư:".
OWNER_NAME_LABEL = r"(?:Tên\s+(?:doanh\s+nghiệp|tổ\s+chức|nhà\s+đầu\s+tư|chủ\s+đầu\s+tư)\s*:\s*)?"
# What a body may do rather than must ("Đoàn kiểm tra được sử dụng con dấu …", "Công ty có
# quyền khiếu nại …"): a right stated in a decision, no work given. Matched after the subject.
# "chỉ được sử dụng", "không được phép" restrict: they are duties.
RIGHT_AFTER = r"(?<!chỉ)(?<!không)\s+(?:được\s+(?:phép|quyền|sử\s+dụng|hưởng)|có\s+quyền)\b"
# The summary that closes the body of a plan or report ("Trên đây là Kế hoạch …",
# "Trên đây là báo cáo kết quả …"): it belongs to no clause above it.
SUMMARY_CLOSING = r"\s*Trên\s+đây\s+là\b"

# Words that tell a predicate has begun after a name: a heading "Sở X chỉ thực hiện thẩm định:"
# is a sentence about X, not a longer name up to its colon.
PREDICATE_START = (r"chỉ|không|chưa|đã|sẽ|đang|cũng|vẫn|được|phải|cần|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm"
                   r"|thực\s+hiện|chủ\s+trì|phối\s+hợp|tổ\s+chức|báo\s+cáo|đề\s+nghị|kiến\s+nghị")

# The words that close a lead-in after the body it asks things of, and belong to no name:
# "Sở X đề nghị Bộ Y một số nội dung như sau:", "… kiến nghị Bộ Z các vấn đề sau:".
LEAD_IN_TAIL = (r"[ \t]*(?:(?:một[ \t]+số|các|những)[ \t]+)?(?:nội[ \t]+dung|vấn[ \t]+đề|việc|ý[ \t]+kiến|kiến[ \t]+nghị"
                r"|đề[ \t]+xuất|công[ \t]+việc)?[ \t]*(?:cụ[ \t]+thể[ \t]+)?(?:như[ \t]+)?sau(?:[ \t]+đây)?[ \t]*$")

# The class words that share a plural head's list: "các Sở, ban, ngành: Tài chính, Xây dựng, …",
# "các Sở, ngành: …" — each item is one body.
CLASS_LIST_WORDS = r"ban|ngành|đoàn\s+thể|đơn\s+vị|cơ\s+quan"
# A decision's item that sends it to a body for work ("2. Gửi cho Kho bạc Nhà nước X để thu tiền
# phạt.", "- Gửi Sở Y để phối hợp thực hiện"): the body is given that work; "để biết" (or "để
# lưu") alone only informs, "để biết và phối hợp" asks for work.
SEND_FOR = r"[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-+•][ \t]*)?(?:Gửi|Giao)[ \t]+(?:cho[ \t]+)?"
SEND_PURPOSE = r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?để[ \t]+(?!(?:biết|lưu|theo[ \t]+dõi)[ \t]*(?:[.;]|$|/))"

# A submission's label line naming its own office (Phiếu trình giải quyết công việc: "Đơn vị
# trình: Phòng X", "Phòng chuyên môn: Phòng X"; "Đơn vị soạn thảo: …"): the office speaks in it.
SUBMITTER_LINE = (r"^[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?(?:đơn[ \t]+vị|cơ[ \t]+quan|phòng)[ \t]+(?:trình(?:[ \t]+duyệt)?|chuyên[ \t]+môn|soạn[ \t]+thảo"
                  r"|chủ[ \t]+trì[ \t]+soạn[ \t]+thảo|đề[ \t]+xuất|thụ[ \t]+lý)[ \t]*:[ \t]*(?P<value>[^\n]{1,150})")
# The label over the list of papers a submission attaches ("Hồ sơ kèm theo:", "Các văn bản kèm
# theo:", "Hồ sơ, văn bản kèm theo: Theo Phiếu chuyển số … gồm:"): its items are titles.
ATTACHED_LABEL = (r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:(?:các|những)[ \t]+)?(?:hồ[ \t]+sơ|văn[ \t]+bản|tài[ \t]+liệu)"
                  r"(?:[ \t]*,[ \t]*(?:hồ[ \t]+sơ|văn[ \t]+bản|tài[ \t]+liệu))?[ \t]+(?:kèm[ \t]+theo|(?:có[ \t]+)?liên[ \t]+quan)\b"
                  r"[^\n]{0,200}:[ \t]*$")
# What a report asks in its own voice, even inside a results part ("Đoàn kiểm tra đề nghị Công ty
# X khắc phục …"): a role given after it is no recount.
ASKED_BEFORE = r"(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị|kính\s+đề\s+nghị)(?![^\W\d_])"
# After a name: it issued a paper the text describes ("Giấy chứng nhận đăng ký doanh nghiệp số …
# do Sở X cấp đăng ký lần đầu ngày …, Sở Y cấp thay đổi lần thứ 16 ngày …"): its record, no work.
ISSUED_AFTER = (r"\s+(?:đã\s+)?cấp\s+(?:thay\s+đổi|đăng\s+ký|lần|lại|đổi|bổ\s+sung|điều\s+chỉnh|ngày|mới)"
                r"(?![^\W\d_])"
                # … or how many it issued ("Trong đó: UBND tỉnh X cấp: 08 giấy phép …, Bộ Y cấp 24 giấy phép")
                r"|\s+(?:đã\s+)?cấp\s*:?\s*\d+\s+(?:giấy|văn\s+bản|quyết\s+định|chứng\s+chỉ)")
# Heads of units that are written with the body they belong to after a dash ("Phòng Cảnh sát
# QLHC về TTXH (PC06) - Công an tỉnh X", "Chi nhánh Y - Công ty cổ phần Z"): one body, the parent.
SUB_UNIT_HEADS = {"Phòng", "Chi nhánh", "Đội", "Chi cục", "Trạm"}
# A line of the legal basis ("Căn cứ Quyết định số … của Chủ tịch UBND tỉnh …, trong đó giao Sở X
# chủ trì soạn thảo …;"): the cited paper gives that work, not this one.
BASIS_LINE = r"^[ \t]*Căn[ \t]+cứ\b[^\n]*;[ \t]*$"
# The part of a Biên bản that lists who took part ("I. THÀNH PHẦN", "Thành phần tham dự"): its
# clauses ("1. Sở Công Thương tỉnh X:" + the officials present) name attendees, not work.
ATTENDANCE_PART = r"^\W*thành[ \t]+phần(?:[ \t]+(?:tham[ \t]+dự|tham[ \t]+gia|làm[ \t]+việc|cuộc[ \t]+họp))?\W*$"


# The name of a paper, which no firm's name runs into where a scan lost the full stop between them
# ("Cho phép Công ty X Giấy chứng nhận đăng ký doanh nghiệp số …"); "Giấy" alone opens firms' names
# ("Tổng công ty Giấy Việt Nam").
PAPER_NAME_START = r"Giấy[ \t]+(?:chứng|phép|đề[ \t]+nghị)(?![^\W\d_])"   # "chứng. nhận": a scan's speck

# A firm's name opening in sentence case ("Công ty CP đầu tư xây dựng hạ tầng"): a task lead so
# written names the firm even when no mention of it was read.
FIRM_NAME_START = r"(?:Tổng\s+công\s+ty|Công\s+ty|Hợp\s+tác\s+xã|Chi\s+nhánh|Doanh\s+nghiệp\s+tư\s+nhân)\s+\S"

# An office-holder or staff of an office named by its head alone ("Lãnh đạo Sở", "Văn thư Sở",
# "Công chức Sở trực tại …"): a step of an internal procedure performed in that office.
OFFICE_HOLDER_OF = (r"(?:Lãnh\s+đạo|Văn\s+thư|Công\s+chức|Chuyên\s+viên|Giám\s+đốc|Phó\s+Giám\s+đốc)"
                    r"\s+(?:của\s+)?(?P<head>Sở|Cục|Chi\s+cục)(?=\s+[^\W\d_]*[a-zđ]|\s*$)")

# "trực thuộc Trung ương" after a class of provinces and cities is part of its name ("UBND các
# tỉnh, thành phố trực thuộc Trung ương", "Sở Y tế các tỉnh, thành phố trực thuộc TW").
CENTRAL_SCOPE = r"[ \t]+trực[ \t]+thuộc[ \t]+(?:[Tt]rung[ \t]+ương|TW|TƯ)(?![^\W\d_])"

# A number naming a unit after "số" ("Chi nhánh số 1", "Tổ số 3", "Đội số 2"), for the heads a
# number names (NUMBERED_HEADS): its digits.
NUMBERED = r"[ \t]+số[ \t]+(\d+)(?=\s)"
# The words before a region's name in a unit named for it ("Chi cục Hải quan khu vực III",
# "Ban Quản lý dự án … Khu vực Si Ma Cai", "Tổng công ty Điện lực miền Trung", "Viện Quy hoạch
# Thủy lợi miền Nam"): the region is part of the name, not a scope.
REGION_WORD = r"(?:[Kk]hu[ \t]+vực|[Mm]iền)"
# A board over a class of zones, capitalized ("Ban Quản lý các Khu công nghiệp"): "các" before
# the capitalized field.
PLURAL_FIELD = r"các[ \t]+(?=[A-ZĐ])"

# The type code of a text several bodies issue together (Decree 30: "liên tịch", "liên ngành"):
# "08/HDLN-BTC-BNV-BTP", "12/KHLT-SYT-HLHPN", "03/TTLT-BTC-BTP" (the symbol, without its number).
JOINT_TYPE_CODE = r"[A-ZĐ]{1,4}(?:LT|LN)-"
