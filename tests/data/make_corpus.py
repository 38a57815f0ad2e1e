#!/usr/bin/python3
"""Writes the call-log edge-case corpus read by tests/tst_call_log.cpp (one small file per case).
Run from this folder:  /usr/bin/python3 make_corpus.py   (the files are committed; rerun only to change them)"""

GENERIC = "arrival,wait_sec,talk_sec,outcome,queue\n2026-03-02T08:00:05,12,180,answered,sales\n" \
          "2026-03-02T08:01:10,40,0,abandoned,sales\n2026-03-02T08:02:00,3,240,answered,support\n"


def write(name, text, encoding="utf-8", bom=b""):
    with open(name, "wb") as f:
        f.write(bom + text.encode(encoding))


write("bom_crlf.csv", GENERIC.replace("\n", "\r\n"), bom=b"\xef\xbb\xbf")
write("no_final_newline.csv", GENERIC.rstrip("\n"))
write("quoted_fields.csv",
      'arrival,wait_sec,talk_sec,outcome,queue\n'
      '2026-03-02T08:00:05,12,180,answered,"sales, ""north"""\n'
      '2026-03-02T08:01:10,40,0,abandoned,"line one\nline two"\n'
      '2026-03-02T08:02:00,3,240,answered,support\n')
write("semicolon_decimal_comma.csv",
      "arrival;wait_sec;talk_sec;hold_sec;acw_sec;outcome\n"
      "02.03.2026 08:00:05;12,5;180,25;10;30,5;answered\n"
      "13.03.2026 09:15;40,0;0;0;0;abandoned\n")
RU = "Время поступления;Ожидание;Разговор;Результат;Очередь\n" \
     "02.03.2026 08:00:05;12;180;отвечен;Продажи\n02.03.2026 08:01:10;40;0;брошен;Продажи\n"
write("russian_utf8.csv", RU)
write("russian_cp1251.csv", RU, "cp1251")
ZH = "来电时间,等待时间,通话时长,结果,队列\n2026-03-02 08:00:05,12,180,接听,销售\n2026-03-02 08:01:10,40,0,放弃,销售\n"
write("chinese_utf8.csv", ZH)
write("chinese_gb18030.csv", ZH, "gb18030")
write("utf16le_bom.csv", GENERIC.replace(",", "\t"), "utf-16-le", b"\xff\xfe")
write("pipe_delimited.csv", GENERIC.replace(",", "|"))
write("bad_timestamps.csv",
      "arrival,wait_sec,talk_sec,outcome\n2026-03-02T08:00:05,12,180,answered\n2026-02-30T08:01:10,40,0,abandoned\n"
      "yesterday,3,240,answered\n2026-03-02T08:03:00,5,60,answered\n")
write("negative_durations.csv",
      "arrival,wait_sec,talk_sec,outcome\n2026-03-02T08:00:05,-12,180,answered\n2026-03-02T08:01:10,40,-1,abandoned\n"
      "2026-03-02T08:02:00,3,240,answered\n")
write("empty.csv", "")
write("header_only.csv", "arrival,wait_sec,talk_sec,outcome\n")
write("timestamps_only.csv",
      "Start Time,Answer Time,End Time,Agent,Customer\n"
      "03/02/2026 08:00:05 AM,03/02/2026 08:00:25 AM,03/02/2026 08:05:25 AM,Ann,555-1\n"
      "03/02/2026 01:10:00 PM,,03/02/2026 01:10:45 PM,,555-2\n"
      "03/02/2026 01:20:00 PM,03/02/2026 01:19:00 PM,03/02/2026 01:25:00 PM,Bob,555-3\n")
write("epoch_other_outcomes.csv",
      "timestamp,wait,talk,status,channel\n1772438405,12,180,ok,Voice\n1772438470,40,0,lost,voice\n"
      "1772438520,0,0,voicemail,voice\n1772438580,8,75,handled,chat\n")
write("quality_fields.csv",
      "arrival,wait_sec,talk_sec,outcome,customer_id,transferred,resolved,csat\n"
      "2026-03-02T08:00:05,12,180,answered,c1,no,yes,5\n2026-03-03T09:00:00,10,100,answered,c1,yes,no,3\n"
      "2026-03-20T10:00:00,5,90,answered,c1,0,1,4\n2026-03-02T11:00:00,2,50,answered,c2,maybe,1,4\n")
