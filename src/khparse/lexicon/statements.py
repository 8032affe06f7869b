"""Sentences with a body as subject that give it no work: it states, it is not asked.

- Receipt and stance of the writer: "Phòng Quản lý công nghiệp nhận được Văn bản số … của …",
  "Sở Tài chính đã nhận được hồ sơ …", "Phòng X cơ bản thống nhất với chủ trương …", "Sở Y
  nhất trí với đề xuất …", "Sở Z có ý kiến như sau:" — the body tells what it received or
  thinks; a request later in the sentence ("…; đề nghị Phòng K nghiên cứu") is the work.
  ("Sở X thống nhất quản lý …" is a duty: "thống nhất" counts only before với/về/nội dung/
  chủ trương/như sau/:).
"""

# Right after the subject's name.
STANCE_AFTER_SUBJECT = (
    r"[ \t]*(?:(?:đã|vừa|chưa)[ \t]+)?(?:nhận[ \t]+được|tiếp[ \t]+nhận[ \t]+được)\b"
    r"|[ \t]*(?:(?:cơ[ \t]+bản|hoàn[ \t]+toàn)[ \t]+)?(?:thống[ \t]+nhất|nhất[ \t]+trí|đồng[ \t]+ý)"
    r"[ \t]+(?:với|về|nội[ \t]+dung|chủ[ \t]+trương|như[ \t]+sau)\b"
    r"|[ \t]*(?:cơ[ \t]+bản[ \t]+)?(?:thống[ \t]+nhất|nhất[ \t]+trí|đồng[ \t]+ý)[ \t]*[.;:]"
    r"|[ \t]*có[ \t]+ý[ \t]+kiến(?:[ \t]+tham[ \t]+gia)?[ \t]+(?:như[ \t]+sau|cụ[ \t]+thể)?[ \t]*:")
