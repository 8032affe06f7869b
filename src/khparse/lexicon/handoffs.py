"""A request that hands its result on to another body for a next step with a time limit of its
own: "… có ý kiến bằng văn bản gửi Sở Công Thương trong thời hạn 03 ngày làm việc để Sở Công
Thương tổng hợp, báo cáo UBND tỉnh trước ngày 05/6/2026", "… gửi về Sở Y tế trước ngày 10/3 để
Sở Y tế tổng hợp, trình UBND tỉnh trước ngày 20/3". The part after "để <body> <verb>" is that
body's work with its own limit; the limits before it are the first body's (extract/handoffs.py).
"""

# The purpose word before the next body's name.
HANDOFF_CUE = r"(?<![^\W\d_])để[ \t]+"
# After the name: a verb, in lower case ("tổng hợp", "báo cáo", "trình", "tổ chức thẩm định").
HANDOFF_VERB = r"[ \t]+(?:kịp[ \t]+thời[ \t]+)?[a-zà-ỹđ]"
