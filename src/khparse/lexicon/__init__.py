"""Vietnamese administrative language as data: patterns and word lists, one module per topic.

Each module cites the part of the genre (Decree 30/2020/NĐ-CP, common practice) it encodes,
so a reader can check it against real documents.
"""
