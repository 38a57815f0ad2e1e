<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Charts</name>
    <message>
        <source>Date (month-day)</source>
        <translation>日期（月-日）</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>date format of a chart axis: month and day</comment>
        <translation>MM-dd</translation>
    </message>
    <message>
        <source>ddd HH:mm</source>
        <comment>date format of a chart axis: weekday and time</comment>
        <translation>ddd HH:mm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workforce planning for call centers.</source>
        <translation>呼叫中心人力规划。</translation>
    </message>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>打开内置示例项目。</translation>
    </message>
    <message>
        <source>Save the main window as a PNG once it has loaded, and quit.</source>
        <translation>加载完成后将主窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Save every page of the window as PNGs in DIR once loaded, and quit.</source>
        <translation>加载完成后将窗口的每一页保存为 PNG 到目录 DIR 并退出。</translation>
    </message>
    <message>
        <source>A project (*.staffplan) to open.</source>
        <translation>要打开的项目（*.staffplan）。</translation>
    </message>
    <message>
        <source>Language for this run: en, ru or zh_CN (default: as chosen in the app, else the system&apos;s).</source>
        <translation>本次运行的语言：en、ru 或 zh_CN（默认：程序中所选语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>staffplan: --lang expects en, ru or zh_CN, got &apos;%1&apos;.</source>
        <translation>staffplan：--lang 应为 en、ru 或 zh_CN，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>staffplan::cli</name>
    <message>
        <source>--model is required (%1).</source>
        <translation>必须指定 --model（%1）。</translation>
    </message>
    <message>
        <source>--model expects %1, got &apos;%2&apos;.</source>
        <translation>--model 应为 %1，实际为“%2”。</translation>
    </message>
    <message>
        <source>--patience-sec is required for --model a (Erlang A).</source>
        <translation>--model a（Erlang A）需要 --patience-sec。</translation>
    </message>
    <message>
        <source>Queueing model: b (Erlang B, lost calls), c (Erlang C, no abandonment), a (Erlang A, exponential patience).</source>
        <translation>排队模型：b（Erlang B，呼损制）、c（Erlang C，无放弃）、a（Erlang A，指数分布耐心时长）。</translation>
    </message>
    <message>
        <source>Calls offered in the interval.</source>
        <translation>时段内的呼入量。</translation>
    </message>
    <message>
        <source>Interval length in seconds (default 1800).</source>
        <translation>时段长度（秒，默认 1800）。</translation>
    </message>
    <message>
        <source>Average handle time in seconds (talk + hold + after-call work).</source>
        <translation>平均处理时长（秒，通话 + 保持 + 话后处理）。</translation>
    </message>
    <message>
        <source>Callers&apos; mean patience in seconds (Erlang A).</source>
        <translation>客户平均耐心时长（秒，Erlang A）。</translation>
    </message>
    <message>
        <source>Agents on the phones; may be fractional.</source>
        <translation>在线坐席数；可为小数。</translation>
    </message>
    <message>
        <source>Answer-time threshold T of the service level (default 20).</source>
        <translation>服务水平的应答时间阈值 T（默认 20）。</translation>
    </message>
    <message>
        <source>Write JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>none (the queue is unstable)</source>
        <translation>无（队列不稳定）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Offered load</source>
        <translation>话务量</translation>
    </message>
    <message>
        <source>%1 Erlangs</source>
        <translation>%1 爱尔兰</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: agents do not exceed the load</source>
        <translation>否：坐席数未超过话务量</translation>
    </message>
    <message>
        <source>Probability of waiting</source>
        <translation>等待概率</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻塞率</translation>
    </message>
    <message>
        <source>Service level (answered within %1 s / offered)</source>
        <translation>服务水平（%1 秒内接通 / 呼入）</translation>
    </message>
    <message>
        <source>Service level (answered within %1 s / answered)</source>
        <translation>服务水平（%1 秒内接通 / 接通）</translation>
    </message>
    <message>
        <source>Service level (virtual wait within %1 s)</source>
        <translation>服务水平（虚拟等待不超过 %1 秒）</translation>
    </message>
    <message>
        <source>ASA (answered calls)</source>
        <translation>平均应答速度 ASA（已接通呼叫）</translation>
    </message>
    <message>
        <source>Mean wait (all calls)</source>
        <translation>平均等待时长（全部呼叫）</translation>
    </message>
    <message>
        <source>Mean queue length</source>
        <translation>平均队列长度</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Predicted service with N agents: waiting, abandonment, blocking, service level, ASA, occupancy.
Example: staffplan-cli erlang --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --agents 14</source>
        <translation>N 名坐席时的服务预测：等待、放弃、阻塞、服务水平、ASA、占用率。
示例：staffplan-cli erlang --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --agents 14</translation>
    </message>
    <message>
        <source>Service-level target as a fraction (0.8) or percent (80%).</source>
        <translation>服务水平目标，小数（0.8）或百分比（80%）。</translation>
    </message>
    <message>
        <source>Service level counted as answered within T / offered (default), / answered, or virtual wait within T.</source>
        <translation>服务水平的计算口径：T 内接通 / 呼入（默认）、/ 接通，或虚拟等待不超过 T。</translation>
    </message>
    <message>
        <source>Target: ASA at most this many seconds.</source>
        <translation>目标：ASA 不超过该秒数。</translation>
    </message>
    <message>
        <source>Target: abandonment at most this fraction (Erlang A).</source>
        <translation>目标：放弃率不超过该比例（Erlang A）。</translation>
    </message>
    <message>
        <source>Target: occupancy at most this fraction.</source>
        <translation>目标：占用率不超过该比例。</translation>
    </message>
    <message>
        <source>Share of paid time off the phones; scheduled = ceil(required / (1 - S)).</source>
        <translation>带薪但不在线的时间占比（缩减率）；排班人数 = ceil(需求 / (1 - S))。</translation>
    </message>
    <message>
        <source>Batch: staff every row of this CSV (start,calls,aht_sec[,patience_sec]).</source>
        <translation>批量：为该 CSV 的每一行计算人数（start,calls,aht_sec[,patience_sec]）。</translation>
    </message>
    <message>
        <source>Batch: write the staffed intervals to this CSV.</source>
        <translation>批量：将计算后的时段写入该 CSV。</translation>
    </message>
    <message>
        <source>Smallest number of agents meeting every target, and the scheduled staff after shrinkage.
Example: staffplan-cli staff --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --sl 0.8 --threshold-sec 20 --abandon 0.05</source>
        <translation>满足全部目标的最少坐席数，以及计入缩减后的排班人数。
示例：staffplan-cli staff --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --sl 0.8 --threshold-sec 20 --abandon 0.05</translation>
    </message>
    <message>
        <source>--intervals and --output go together.</source>
        <translation>--intervals 与 --output 需同时指定。</translation>
    </message>
    <message>
        <source>--calls and --aht-sec come from the --intervals file in batch mode.</source>
        <translation>批量模式下 --calls 和 --aht-sec 取自 --intervals 文件。</translation>
    </message>
    <message>
        <source>Required agents:  %1</source>
        <translation>需求坐席：%1</translation>
    </message>
    <message>
        <source>Scheduled agents: %1 (shrinkage %2)</source>
        <translation>排班坐席：%1（缩减率 %2）</translation>
    </message>
    <message>
        <source>Binding target:   %1</source>
        <translation>约束目标：%1</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>--model a needs callers&apos; patience: a patience_sec column in %1 or --patience-sec.</source>
        <translation>--model a 需要客户耐心时长：%1 中的 patience_sec 列或 --patience-sec。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;patience_sec&apos; is empty and no --patience-sec was given.</source>
        <translation>%1:%2：“patience_sec”列为空，且未指定 --patience-sec。</translation>
    </message>
    <message>
        <source>%1: %2 intervals read, %3 staffed, %4 rejected, %5 with targets that cannot be met.</source>
        <translation>%1：读取 %2 个时段，已计算 %3 个，拒绝 %4 个，%5 个的目标无法达到。</translation>
    </message>
    <message>
        <source>Usage: staffplan-cli COMMAND [OPTIONS]

Commands:
  erlang   predicted service for a given number of agents (Erlang B, C or A)
  staff    agents required to meet service targets, for one interval or a CSV of intervals
  kpi      KPIs of a call log per interval, hour, day, week, month or in total
  patience callers&apos; patience from a call log (exponential MLE and Kaplan-Meier)
  import   import a call log into a project database (*.staffplan)
  batches  list a project&apos;s imports;  remove-batch: remove one
  forecast forecast calls and AHT per interval from a project&apos;s history
  accuracy compare a forecast with the calls that came
  shifts   plan shifts that cover a staffing requirement at the lowest cost
  report   the staffing report of a stored forecast: PDF, Excel, CSV

Run &apos;staffplan-cli COMMAND --help&apos; for a command&apos;s options.
Options:
  --help     show this help
  --version  show the version
</source>
        <translation>用法：staffplan-cli 命令 [选项]

命令：
  erlang   给定坐席数时的服务预测（Erlang B、C 或 A）
  staff    达到服务目标所需的坐席数，单个时段或时段 CSV
  kpi      呼叫日志的 KPI，按时段、小时、日、周、月或合计
  patience 由呼叫日志估计客户耐心时长（指数分布最大似然与 Kaplan-Meier）
  import   将呼叫日志导入项目数据库（*.staffplan）
  batches  列出项目的导入批次；remove-batch：删除一个批次
  forecast 根据项目历史按时段预测呼入量和 AHT
  accuracy 将预测与实际呼入进行比较
  shifts   以最低成本规划覆盖人力需求的班次
  report   已保存预测的人力规划报告：PDF、Excel、CSV

运行“staffplan-cli 命令 --help”查看命令的选项。
选项：
  --help     显示此帮助
  --version  显示版本
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: erlang, staff, kpi, patience, import, batches, remove-batch, forecast, accuracy, shifts, report.</source>
        <translation>未知命令“%1”。命令：erlang、staff、kpi、patience、import、batches、remove-batch、forecast、accuracy、shifts、report。</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</source>
        <translation>%1：应为 YYYY-MM-DD 格式的日期，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: expected a factor of 0 or more, got &apos;%2&apos;.</source>
        <translation>%1：应为不小于 0 的系数，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: expected date[,factor], got &apos;%2&apos;.</source>
        <translation>%1：应为 日期[,系数]，实际为“%2”。</translation>
    </message>
    <message>
        <source>Project whose imported calls are the history.</source>
        <translation>以其已导入呼叫作为历史数据的项目。</translation>
    </message>
    <message>
        <source>First day to forecast (YYYY-MM-DD); the history is everything before it.</source>
        <translation>预测的第一天（YYYY-MM-DD）；此前的全部数据为历史。</translation>
    </message>
    <message>
        <source>Days to forecast.</source>
        <translation>预测天数。</translation>
    </message>
    <message>
        <source>auto (chosen by backtest), naive, wavg, holt-winters or profile (default auto).</source>
        <translation>auto（按回测选择）、naive、wavg、holt-winters 或 profile（默认 auto）。</translation>
    </message>
    <message>
        <source>Interval length: 15, 30 or 60 (default 30).</source>
        <translation>时段长度：15、30 或 60（默认 30）。</translation>
    </message>
    <message>
        <source>Forecast one queue (default: all calls together).</source>
        <translation>只预测一个队列（默认：全部呼叫合计）。</translation>
    </message>
    <message>
        <source>Days to leave out of training, with optional factors for the forecast (lines: YYYY-MM-DD[,factor]).</source>
        <translation>不参与训练的日期，可附带预测系数（每行：YYYY-MM-DD[,系数]）。</translation>
    </message>
    <message>
        <source>Name to store the forecast under in the project (default: made from its settings and the time).</source>
        <translation>预测在项目中保存的名称（默认：由其设置和时间生成）。</translation>
    </message>
    <message>
        <source>Overwrite a stored forecast of the same name.</source>
        <translation>覆盖同名的已保存预测。</translation>
    </message>
    <message>
        <source>Write the forecast to this CSV.</source>
        <translation>将预测写入该 CSV。</translation>
    </message>
    <message>
        <source>Also print the method chosen, each method&apos;s backtest error and the flagged days as JSON.</source>
        <translation>同时以 JSON 输出所选方法、各方法的回测误差和被标记的日期。</translation>
    </message>
    <message>
        <source>Forecast offered calls and AHT per interval, with 80% and 95% bands.
Example: staffplan-cli forecast --project centre.staffplan --from 1999-10-03 --days 7 --output f.csv</source>
        <translation>按时段预测呼入量和 AHT，附 80% 和 95% 区间。
示例：staffplan-cli forecast --project centre.staffplan --from 1999-10-03 --days 7 --output f.csv</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>--from expects a date as YYYY-MM-DD, got &apos;%1&apos;.</source>
        <translation>--from 应为 YYYY-MM-DD 格式的日期，实际为“%1”。</translation>
    </message>
    <message>
        <source>--days expects a whole number from 1 to 366, got &apos;%1&apos;.</source>
        <translation>--days 应为 1 到 366 的整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>--method expects auto, naive, wavg, holt-winters or profile, got &apos;%1&apos;.</source>
        <translation>--method 应为 auto、naive、wavg、holt-winters 或 profile，实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 has lines that are not special days; fix them and run again.</source>
        <translation>%1 中有不是特殊日期的行；请修正后重新运行。</translation>
    </message>
    <message>
        <source>%1 holds less than a week of calls before %2: a forecast needs at least one week of history.</source>
        <translation>%1 中 %2 之前的呼叫不足一周：预测至少需要一周的历史数据。</translation>
    </message>
    <message>
        <source>Method: %1 (%2). Stored in %3 as &apos;%4&apos;.</source>
        <translation>方法：%1（%2）。已保存到 %3，名称为“%4”。</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>lowest backtest error</source>
        <translation>回测误差最小</translation>
    </message>
    <message numerus="yes">
        <source>%1: WAPE %2 over %n backtest weeks</source>
        <translation>
            <numerusform>%1：%n 个回测周的 WAPE 为 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlier days left out of training: %1</source>
        <translation>不参与训练的异常日期：%1</translation>
    </message>
    <message>
        <source>Project holding the actual calls.</source>
        <translation>包含实际呼叫的项目。</translation>
    </message>
    <message>
        <source>Forecast CSV (start, calls, aht_sec; as staffplan-cli forecast writes it).</source>
        <translation>预测 CSV（start、calls、aht_sec；与 staffplan-cli forecast 的输出相同）。</translation>
    </message>
    <message>
        <source>Compare with one queue&apos;s calls (default: all).</source>
        <translation>与单个队列的呼叫比较（默认：全部）。</translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds, for the model check (default 20).</source>
        <translation>服务水平：在该秒数内接通，用于模型校验（默认 20）。</translation>
    </message>
    <message>
        <source>Write JSON with every interval.</source>
        <translation>输出包含每个时段的 JSON。</translation>
    </message>
    <message>
        <source>Forecast against actual: WAPE, MAPE and bias of calls and AHT, per interval and in total.</source>
        <translation>预测与实际对比：呼入量和 AHT 的 WAPE、MAPE 与偏差，按时段及合计。</translation>
    </message>
    <message>
        <source>--project and --forecast are required.</source>
        <translation>必须指定 --project 和 --forecast。</translation>
    </message>
    <message>
        <source>%1 holds no forecast intervals.</source>
        <translation>%1 中没有预测时段。</translation>
    </message>
    <message>
        <source>%1: the intervals are %2 minutes apart; expected 15, 30 or 60.</source>
        <translation>%1：时段间隔为 %2 分钟；应为 15、30 或 60。</translation>
    </message>
    <message>
        <source>Calls: actual %1, forecast %2, WAPE %3, MAPE %4, bias %5</source>
        <translation>呼入量：实际 %1，预测 %2，WAPE %3，MAPE %4，偏差 %5</translation>
    </message>
    <message>
        <source>AHT: WAPE %1, MAPE %2, bias (AHT variance) %3</source>
        <translation>AHT：WAPE %1，MAPE %2，偏差（AHT 差异）%3</translation>
    </message>
    <message>
        <source>%1 with the agents seen serving: service level off by %2 on average (bias %3), abandonment off by %4 (bias %5), over %6 intervals</source>
        <translation>%1，以实际在岗坐席计：服务水平平均偏差 %2（偏向 %3），放弃率平均偏差 %4（偏向 %5），共 %6 个时段</translation>
    </message>
    <message>
        <source>Call log to read (CSV: comma, semicolon, tab or |).</source>
        <translation>要读取的呼叫日志（CSV：逗号、分号、制表符或 |）。</translation>
    </message>
    <message>
        <source>Column layout: generic (header names, see README) or bank (the Anonymous Bank logs).</source>
        <translation>列布局：generic（按表头名称，见 README）或 bank（Anonymous Bank 日志）。</translation>
    </message>
    <message>
        <source>Map a call field to a column (name or 1-based number); repeatable. Fields: arrival, answer_time, end_time, wait_sec, talk_sec, hold_sec, acw_sec, outcome, queue, channel, agent, customer_id, transferred, resolved, csat.</source>
        <translation>将呼叫字段映射到某列（列名或从 1 开始的列号）；可重复。字段：arrival、answer_time、end_time、wait_sec、talk_sec、hold_sec、acw_sec、outcome、queue、channel、agent、customer_id、transferred、resolved、csat。</translation>
    </message>
    <message>
        <source>Text encoding (default: detected), e.g. UTF-8, UTF-16LE, WINDOWS-1251, GB18030.</source>
        <translation>文本编码（默认自动检测），如 UTF-8、UTF-16LE、WINDOWS-1251、GB18030。</translation>
    </message>
    <message>
        <source>Field delimiter (default: detected): , ; tab |</source>
        <translation>字段分隔符（默认自动检测）：, ; tab |</translation>
    </message>
    <message>
        <source>Date format (default: detected): iso, dmy, mdy, yymmdd, epoch.</source>
        <translation>日期格式（默认自动检测）：iso、dmy、mdy、yymmdd、epoch。</translation>
    </message>
    <message>
        <source>Write the rejected rows, with line and reason, to this CSV.</source>
        <translation>将被拒绝的行（含行号和原因）写入该 CSV。</translation>
    </message>
    <message>
        <source>Exit with 1 when any row is rejected.</source>
        <translation>有任何行被拒绝时以代码 1 退出。</translation>
    </message>
    <message>
        <source>--preset expects generic or bank, got &apos;%1&apos;.</source>
        <translation>--preset 应为 generic 或 bank，实际为“%1”。</translation>
    </message>
    <message>
        <source>--delimiter expects , ; tab or |, got &apos;%1&apos;.</source>
        <translation>--delimiter 应为 , ; tab 或 |，实际为“%1”。</translation>
    </message>
    <message>
        <source>--date-format expects auto, iso, dmy, mdy, yymmdd or epoch, got &apos;%1&apos;.</source>
        <translation>--date-format 应为 auto、iso、dmy、mdy、yymmdd 或 epoch，实际为“%1”。</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN with a call field such as wait_sec, got &apos;%1&apos;.</source>
        <translation>--map 应为 字段=列，字段为呼叫字段（如 wait_sec），实际为“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --rejects).</source>
        <translation>
            <numerusform>……另有 %n 行被拒绝（见 --rejects）。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Interval length for --by interval: 15, 30 or 60 (default 30).</source>
        <translation>--by interval 的时段长度：15、30 或 60（默认 30）。</translation>
    </message>
    <message>
        <source>Rows per interval, hour (of day), day, week, month or total (default interval).</source>
        <translation>按时段、小时（一天中）、日、周、月或合计分行（默认 interval）。</translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds (default 20).</source>
        <translation>服务水平：在该秒数内接通（默认 20）。</translation>
    </message>
    <message>
        <source>Abandons within this many seconds are short (default 5).</source>
        <translation>在该秒数内放弃的呼叫计为短放弃（默认 5）。</translation>
    </message>
    <message>
        <source>First-contact resolution: no repeat call within this many days (default 7).</source>
        <translation>首次解决率：该天数内无重复来电（默认 7）。</translation>
    </message>
    <message>
        <source>Agent cost per hour, for cost per contact (handle time x cost).</source>
        <translation>每小时坐席成本，用于计算每次联络成本（处理时长 × 成本）。</translation>
    </message>
    <message>
        <source>Read the calls of every batch imported into this project instead of --log.</source>
        <translation>读取该项目全部导入批次的呼叫，而不是 --log。</translation>
    </message>
    <message>
        <source>Write a JSON list of rows.</source>
        <translation>输出行的 JSON 列表。</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>输出 CSV。</translation>
    </message>
    <message>
        <source>KPIs of a call log per interval, hour, day, week, month or in total, per queue and channel (queue &apos;*&apos; = all).
Example: staffplan-cli kpi --log calls.csv --by day --json</source>
        <translation>呼叫日志的 KPI，按时段、小时、日、周、月或合计，分队列和渠道（队列 &apos;*&apos; = 全部）。
示例：staffplan-cli kpi --log calls.csv --by day --json</translation>
    </message>
    <message>
        <source>give either --log or --project.</source>
        <translation>请指定 --log 或 --project 之一。</translation>
    </message>
    <message>
        <source>--by expects interval, hour, day, week, month or total, got &apos;%1&apos;.</source>
        <translation>--by 应为 interval、hour、day、week、month 或 total，实际为“%1”。</translation>
    </message>
    <message>
        <source>--%1 must be 0 or more (got %2).</source>
        <translation>--%1 必须不小于 0（实际为 %2）。</translation>
    </message>
    <message>
        <source>--agent-cost-per-hour must be 0 or more (got %1).</source>
        <translation>--agent-cost-per-hour 必须不小于 0（实际为 %1）。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>ASA s</source>
        <translation>ASA 秒</translation>
    </message>
    <message>
        <source>AHT s</source>
        <translation>AHT 秒</translation>
    </message>
    <message>
        <source>patience s</source>
        <translation>耐心 秒</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Callers&apos; patience from a call log: the exponential maximum-likelihood mean with its 95% confidence interval, and the Kaplan-Meier survival curve (answered calls are censored).</source>
        <translation>由呼叫日志估计客户耐心时长：指数分布最大似然均值及其 95% 置信区间，以及 Kaplan-Meier 生存曲线（已接通呼叫为删失观测）。</translation>
    </message>
    <message>
        <source>--log is required.</source>
        <translation>必须指定 --log。</translation>
    </message>
    <message>
        <source>No call abandoned: the log says nothing about how long callers wait before hanging up.</source>
        <translation>没有放弃的呼叫：日志无法说明客户挂机前愿意等待多久。</translation>
    </message>
    <message numerus="yes">
        <source>Mean patience (exponential model): %1 s, 95% confidence %2 to %3 s, from %n abandoned calls.</source>
        <translation>
            <numerusform>平均耐心时长（指数模型）：%1 秒，95% 置信区间 %2 至 %3 秒，基于 %n 个放弃呼叫。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few abandoned calls for a reliable estimate (fewer than %1).</source>
        <translation>放弃呼叫太少，无法得到可靠估计（少于 %1 个）。</translation>
    </message>
    <message>
        <source>Kaplan-Meier: restricted mean %1 s; median %2.</source>
        <translation>Kaplan-Meier：受限均值 %1 秒；中位数 %2。</translation>
    </message>
    <message>
        <source>not reached (over half the callers outwait every observed wait)</source>
        <translation>未达到（超过半数客户的耐心长于观测到的任何等待）</translation>
    </message>
    <message>
        <source>Project database to import into (created if missing).</source>
        <translation>要导入的项目数据库（不存在时创建）。</translation>
    </message>
    <message>
        <source>Import a call log into a project as one batch, in one transaction. The same file imported again is recognised by its content and not counted twice.
Example: staffplan-cli import --project centre.staffplan --log october.csv</source>
        <translation>将呼叫日志作为一个批次、在一个事务中导入项目。再次导入同一文件时会按内容识别，不会重复计数。
示例：staffplan-cli import --project centre.staffplan --log october.csv</translation>
    </message>
    <message>
        <source>--project and --log are required.</source>
        <translation>必须指定 --project 和 --log。</translation>
    </message>
    <message>
        <source>%1 was imported before, as batch %2; nothing imported.</source>
        <translation>%1 之前已作为批次 %2 导入；未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2: %3 calls.</source>
        <translation>已将 %1 导入为批次 %2：%3 个呼叫。</translation>
    </message>
    <message>
        <source>Project database.</source>
        <translation>项目数据库。</translation>
    </message>
    <message>
        <source>List the call logs imported into a project.</source>
        <translation>列出导入项目的呼叫日志。</translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation>必须指定 --project。</translation>
    </message>
    <message>
        <source>batch %1: %2, imported %3, %4 rows read: %5 accepted, %6 rejected, %7 excluded</source>
        <translation>批次 %1：%2，导入于 %3，读取 %4 行：接受 %5，拒绝 %6，排除 %7</translation>
    </message>
    <message>
        <source>The batch to remove (see staffplan-cli batches).</source>
        <translation>要删除的批次（见 staffplan-cli batches）。</translation>
    </message>
    <message>
        <source>Remove an imported batch (its calls and rejected rows) from a project.</source>
        <translation>从项目中删除一个导入批次（包括其呼叫和被拒绝的行）。</translation>
    </message>
    <message>
        <source>--project and --batch are required.</source>
        <translation>必须指定 --project 和 --batch。</translation>
    </message>
    <message>
        <source>--batch expects a batch number, got &apos;%1&apos;.</source>
        <translation>--batch 应为批次编号，实际为“%1”。</translation>
    </message>
    <message>
        <source>Removed batch %1.</source>
        <translation>已删除批次 %1。</translation>
    </message>
    <message>
        <source>Project holding the forecast and the imported calls.</source>
        <translation>包含预测和已导入呼叫的项目。</translation>
    </message>
    <message>
        <source>Name of the stored forecast to staff (default: the newest).</source>
        <translation>要计算人力的已保存预测名称（默认：最新的）。</translation>
    </message>
    <message>
        <source>Write the report to this PDF (A4).</source>
        <translation>将报告写入该 PDF（A4）。</translation>
    </message>
    <message>
        <source>Also write the plan and the KPIs to this Excel workbook.</source>
        <translation>同时将计划和 KPI 写入该 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Also write the per-interval plan to this CSV.</source>
        <translation>同时将分时段计划写入该 CSV。</translation>
    </message>
    <message>
        <source>plain (UTF-8, comma; default), excel (with a BOM) or excel-ru (BOM, &apos;;&apos; and decimal comma).</source>
        <translation>plain（UTF-8，逗号；默认）、excel（带 BOM）或 excel-ru（BOM、&apos;;&apos; 和小数逗号）。</translation>
    </message>
    <message>
        <source>a (Erlang A, default) or c (Erlang C).</source>
        <translation>a（Erlang A，默认）或 c（Erlang C）。</translation>
    </message>
    <message>
        <source>Service-level target (default 0.8).</source>
        <translation>服务水平目标（默认 0.8）。</translation>
    </message>
    <message>
        <source>offered (default), answered or virtual.</source>
        <translation>offered（默认）、answered 或 virtual。</translation>
    </message>
    <message>
        <source>T of the service level (default 20).</source>
        <translation>服务水平的 T（默认 20）。</translation>
    </message>
    <message>
        <source>Target: abandonment at most this fraction (default 0.05).</source>
        <translation>目标：放弃率不超过该比例（默认 0.05）。</translation>
    </message>
    <message>
        <source>Share of paid time off the phones (default 0.3).</source>
        <translation>带薪但不在线的时间占比（默认 0.3）。</translation>
    </message>
    <message>
        <source>Callers&apos; mean patience (default: estimated from the 4 weeks before the forecast).</source>
        <translation>客户平均耐心时长（默认：由预测前 4 周估计）。</translation>
    </message>
    <message>
        <source>The staffing report of a stored forecast: PDF, and the tables as Excel and CSV.
Example: staffplan-cli report --project centre.staffplan --pdf plan.pdf --xlsx plan.xlsx</source>
        <translation>已保存预测的人力规划报告：PDF，表格另存为 Excel 和 CSV。
示例：staffplan-cli report --project centre.staffplan --pdf plan.pdf --xlsx plan.xlsx</translation>
    </message>
    <message>
        <source>--model expects a or c, got &apos;%1&apos;.</source>
        <translation>--model 应为 a 或 c，实际为“%1”。</translation>
    </message>
    <message>
        <source>--csv-format expects plain, excel or excel-ru, got &apos;%1&apos;.</source>
        <translation>--csv-format 应为 plain、excel 或 excel-ru，实际为“%1”。</translation>
    </message>
    <message>
        <source>--threshold-sec expects 0 or more, got &apos;%1&apos;.</source>
        <translation>--threshold-sec 应不小于 0，实际为“%1”。</translation>
    </message>
    <message>
        <source>--patience-sec expects a number greater than 0, got &apos;%1&apos;.</source>
        <translation>--patience-sec 应为大于 0 的数，实际为“%1”。</translation>
    </message>
    <message>
        <source>forecast &apos;%1&apos; in %2 has no intervals.</source>
        <translation>%2 中的预测“%1”没有时段。</translation>
    </message>
    <message>
        <source>%1 s, as given</source>
        <translation>%1 秒，按指定</translation>
    </message>
    <message>
        <source>%1 s, estimated from %2 abandons in the 4 weeks before the forecast (exponential maximum likelihood, answered calls censored)%3</source>
        <translation>%1 秒，由预测前 4 周的 %2 个放弃呼叫估计（指数分布最大似然，已接通呼叫为删失观测）%3</translation>
    </message>
    <message>
        <source>; too few abandons to be reliable</source>
        <translation>；放弃呼叫太少，估计不可靠</translation>
    </message>
    <message>
        <source>%1 has no abandoned calls in the 4 weeks before the forecast to estimate callers&apos; patience from; give --patience-sec, or --model c.</source>
        <translation>%1 中预测前 4 周没有放弃的呼叫，无法估计客户耐心时长；请指定 --patience-sec 或 --model c。</translation>
    </message>
    <message>
        <source>the forecast&apos;s AHT per interval (%1 method, by time of day)</source>
        <translation>预测的分时段 AHT（%1 方法，按一天中的时间）</translation>
    </message>
    <message numerus="yes">
        <source>%1: the report of &apos;%2&apos; on %n page(s).</source>
        <translation>
            <numerusform>%1：“%2”的报告，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agents required per interval: the CSV staffplan-cli staff --intervals writes (start, calls, aht_sec, patience_sec, required_agents).</source>
        <translation>各时段所需坐席数：staffplan-cli staff --intervals 输出的 CSV（start、calls、aht_sec、patience_sec、required_agents）。</translation>
    </message>
    <message>
        <source>The shift templates (JSON; format in the README).</source>
        <translation>班次模板（JSON；格式见 README）。</translation>
    </message>
    <message>
        <source>Write the shifts to start (and their breaks) to this CSV.</source>
        <translation>将要开始的班次（及其休息）写入该 CSV。</translation>
    </message>
    <message>
        <source>Stop the search after this many seconds with the best plan found (default 30).</source>
        <translation>在该秒数后停止搜索并给出找到的最佳方案（默认 30）。</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this share of the cheapest (default 0.005, i.e. 0.5%).</source>
        <translation>当证明方案与最低成本之差在该比例内时停止（默认 0.005，即 0.5%）。</translation>
    </message>
    <message>
        <source>Every open interval must be covered; without it, intervals the templates cannot cover are reported with their shortfall.</source>
        <translation>每个营业时段都必须覆盖；不指定时，模板无法覆盖的时段会连同缺口一起列出。</translation>
    </message>
    <message>
        <source>Share of time at work lost to what the templates&apos; breaks do not model (absence, training), 0 to below 1 (default 0).</source>
        <translation>模板休息之外损失的在岗时间占比（缺勤、培训），0 到小于 1（默认 0）。</translation>
    </message>
    <message>
        <source>T of the service level in the service check (default 20).</source>
        <translation>服务校验中服务水平的 T（默认 20）。</translation>
    </message>
    <message>
        <source>Model of the service check: a (Erlang A, needs patience_sec) or c (default: a when every interval has a patience).</source>
        <translation>服务校验模型：a（Erlang A，需要 patience_sec）或 c（默认：每个时段都有耐心时长时为 a）。</translation>
    </message>
    <message>
        <source>Also write each interval&apos;s cover and predicted service to this CSV.</source>
        <translation>同时将每个时段的覆盖人数和预测服务写入该 CSV。</translation>
    </message>
    <message>
        <source>Also print the plan&apos;s summary as JSON.</source>
        <translation>同时以 JSON 输出方案摘要。</translation>
    </message>
    <message>
        <source>Plan shifts that cover the staffing requirement at the lowest cost (COIN-OR CBC), and the service they buy.
Example: staffplan-cli shifts --requirements req.csv --templates shifts.json --output plan.csv</source>
        <translation>以最低成本规划覆盖人力需求的班次（COIN-OR CBC），并给出其可达到的服务。
示例：staffplan-cli shifts --requirements req.csv --templates shifts.json --output plan.csv</translation>
    </message>
    <message>
        <source>--time-limit-sec expects seconds from 0 to 86400, got &apos;%1&apos;.</source>
        <translation>--time-limit-sec 应为 0 到 86400 秒，实际为“%1”。</translation>
    </message>
    <message>
        <source>--gap expects a share from 0 to below 1, got &apos;%1&apos;.</source>
        <translation>--gap 应为 0 到小于 1 的比例，实际为“%1”。</translation>
    </message>
    <message>
        <source>--shrinkage expects a share from 0 to below 1, got &apos;%1&apos;.</source>
        <translation>--shrinkage 应为 0 到小于 1 的比例，实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 has no required_agents column: give the CSV staffplan-cli staff --intervals writes.</source>
        <translation>%1 没有 required_agents 列：请提供 staffplan-cli staff --intervals 输出的 CSV。</translation>
    </message>
    <message>
        <source>%1 has rows that could not be read (above); fix them and run again.</source>
        <translation>%1 中有无法读取的行（见上文）；请修正后重新运行。</translation>
    </message>
    <message>
        <source>%1:%2: no required_agents (the targets could not be met there): the interval is planned with no requirement.</source>
        <translation>%1:%2：没有 required_agents（该处目标无法达到）：该时段按无需求规划。</translation>
    </message>
    <message>
        <source>--model a needs a patience_sec in every row of %1.</source>
        <translation>--model a 需要 %1 的每一行都有 patience_sec。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has problems (above); fix them and run again.</source>
        <translation>%1 有问题（见上文）；请修正后重新运行。</translation>
    </message>
    <message>
        <source>%1 shifts started by %2 agents, %3 paid hours, cost %4 (%5; gap %6, %7 s, %8 variables).</source>
        <translation>开始班次 %1 个，坐席 %2 名，带薪工时 %3，成本 %4（%5；差距 %6，%7 秒，%8 个变量）。</translation>
    </message>
    <message numerus="yes">
        <source>The templates cannot cover %n interval(s): %1 agent-hours short in all (see --coverage or --json).</source>
        <translation>
            <numerusform>模板无法覆盖 %n 个时段：共缺 %1 坐席工时（见 --coverage 或 --json）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted with the plan (Erlang %1): service level %2%, abandonment %3%.</source>
        <translation>按此方案预测（Erlang %1）：服务水平 %2%，放弃率 %3%。</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;.</source>
        <translation>--%1 应为数字，实际为“%2”。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--interval-min expects 15, 30 or 60, got &apos;%1&apos;.</source>
        <translation>--interval-min 应为 15、30 或 60，实际为“%1”。</translation>
    </message>
    <message>
        <source>the project has no queue &apos;%1&apos;; its queues are: %2.</source>
        <translation>项目中没有队列“%1”；现有队列：%2。</translation>
    </message>
    <message>
        <source>--sl-definition expects offered, answered or virtual, got &apos;%1&apos;.</source>
        <translation>--sl-definition 应为 offered、answered 或 virtual，实际为“%1”。</translation>
    </message>
    <message>
        <source>Language of the report: en, ru or zh_CN (default: the system&apos;s, from LANG).</source>
        <translation>报告语言：en、ru 或 zh_CN（默认：系统语言，取自 LANG）。</translation>
    </message>
    <message>
        <source>--lang expects en, ru or zh_CN, got &apos;%1&apos;.</source>
        <translation>--lang 应为 en、ru 或 zh_CN，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>staffplan::report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>无数据行。</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Model and assumptions</source>
        <translation>模型与假设</translation>
    </message>
    <message>
        <source>Summary of the plan</source>
        <translation>计划摘要</translation>
    </message>
    <message>
        <source>Per interval</source>
        <translation>分时段明细</translation>
    </message>
    <message>
        <source>The shift plan</source>
        <translation>班次计划</translation>
    </message>
    <message>
        <source>Shifts to start</source>
        <translation>开始的班次</translation>
    </message>
    <message>
        <source>History: KPIs of the imported calls by week</source>
        <translation>历史：已导入呼叫的每周 KPI</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>Erlang A (callers abandon after their patience)</source>
        <translation>Erlang A（客户耐心耗尽后放弃）</translation>
    </message>
    <message>
        <source>Erlang C (callers never abandon)</source>
        <translation>Erlang C（客户从不放弃）</translation>
    </message>
    <message>
        <source>of offered calls</source>
        <translation>占呼入量</translation>
    </message>
    <message>
        <source>of answered calls</source>
        <translation>占接通量</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>service level %1 within %2 s (%3)</source>
        <translation>服务水平 %1，%2 秒内（%3）</translation>
    </message>
    <message>
        <source>ASA at most %1 s</source>
        <translation>ASA 不超过 %1 秒</translation>
    </message>
    <message>
        <source>abandonment at most %1</source>
        <translation>放弃率不超过 %1</translation>
    </message>
    <message>
        <source>occupancy at most %1</source>
        <translation>占用率不超过 %1</translation>
    </message>
    <message>
        <source>Staffing plan</source>
        <translation>人力规划</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Period: %1 to %2, %3-minute intervals; queue: %4</source>
        <translation>期间：%1 至 %2，%3 分钟时段；队列：%4</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Generated %1 by StaffPlan %2</source>
        <translation>由 StaffPlan %2 生成于 %1</translation>
    </message>
    <message>
        <source>Staffing plan, %1, generated %2</source>
        <translation>人力规划，%1，生成于 %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1 (method: %2)</source>
        <translation>%1（方法：%2）</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长（AHT）</translation>
    </message>
    <message>
        <source>Callers&apos; patience</source>
        <translation>客户耐心时长</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>缩减率</translation>
    </message>
    <message>
        <source>%1 of paid time off the phones</source>
        <translation>带薪时间中 %1 不在线</translation>
    </message>
    <message>
        <source>Calls forecast</source>
        <translation>预测呼入量</translation>
    </message>
    <message>
        <source>Agent-hours on the phones</source>
        <translation>在线坐席工时</translation>
    </message>
    <message>
        <source>Agent-hours scheduled (with shrinkage)</source>
        <translation>排班坐席工时（含缩减）</translation>
    </message>
    <message>
        <source>FTE (%1 h a week)</source>
        <translation>全职人力 FTE（每周 %1 小时）</translation>
    </message>
    <message>
        <source>Peak requirement</source>
        <translation>峰值需求</translation>
    </message>
    <message>
        <source>%1 agents (%2 scheduled) at %3</source>
        <translation>%1 名坐席（排班 %2 名），%3</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>预测服务水平</translation>
    </message>
    <message>
        <source>Predicted abandonment</source>
        <translation>预测放弃率</translation>
    </message>
    <message>
        <source>Predicted ASA</source>
        <translation>预测 ASA</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Intervals whose targets cannot be met</source>
        <translation>目标无法达到的时段</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT（秒）</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>耐心（秒）</translation>
    </message>
    <message>
        <source>Load, Erl</source>
        <translation>话务量（爱尔兰）</translation>
    </message>
    <message>
        <source>Agents C</source>
        <translation>坐席 C</translation>
    </message>
    <message>
        <source>Agents A</source>
        <translation>坐席 A</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA（秒）</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>需求（Erlang C）</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>需求（Erlang A）</translation>
    </message>
    <message>
        <source>Scheduled (with shrinkage)</source>
        <translation>排班（含缩减）</translation>
    </message>
    <message>
        <source>Forecast AHT</source>
        <translation>预测 AHT</translation>
    </message>
    <message>
        <source>Actual AHT</source>
        <translation>实际 AHT</translation>
    </message>
    <message>
        <source>Required vs scheduled agents per interval</source>
        <translation>各时段需求与排班坐席数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Predicted service level and abandonment per interval</source>
        <translation>各时段预测服务水平与放弃率</translation>
    </message>
    <message>
        <source>Percent of offered calls</source>
        <translation>占呼入量的百分比</translation>
    </message>
    <message>
        <source>SL, Erlang C</source>
        <translation>服务水平，Erlang C</translation>
    </message>
    <message>
        <source>SL, Erlang A</source>
        <translation>服务水平，Erlang A</translation>
    </message>
    <message>
        <source>Abandonment, Erlang A</source>
        <translation>放弃率，Erlang A</translation>
    </message>
    <message>
        <source>Service level and abandonment against agents at the peak (%1, %2 Erlangs)</source>
        <translation>峰值时段服务水平与放弃率随坐席数的变化（%1，%2 爱尔兰）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT</source>
        <translation>预测与实际 AHT</translation>
    </message>
    <message>
        <source>Agents starting shifts</source>
        <translation>开始班次的坐席</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>带薪工时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Distance from the cheapest plan</source>
        <translation>与最低成本方案的差距</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>Agent-hours the templates cannot cover</source>
        <translation>模板无法覆盖的坐席工时</translation>
    </message>
    <message>
        <source>Predicted service level with the shifts</source>
        <translation>按班次预测的服务水平</translation>
    </message>
    <message>
        <source>Predicted abandonment with the shifts</source>
        <translation>按班次预测的放弃率</translation>
    </message>
    <message>
        <source>Required on the phones</source>
        <translation>需求在线人数</translation>
    </message>
    <message>
        <source>On the phones with the shifts</source>
        <translation>按班次在线人数</translation>
    </message>
    <message>
        <source>Required agents and agents on the phones with the shift plan</source>
        <translation>需求坐席数与班次计划的在线坐席数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>SL (%1 s)</source>
        <translation>服务水平（%1 秒）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>staffplan::text</name>
    <message>
        <source>Calls</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心时长</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Service-level threshold</source>
        <translation>服务水平阈值</translation>
    </message>
    <message>
        <source>Service-level target</source>
        <translation>服务水平目标</translation>
    </message>
    <message>
        <source>ASA target</source>
        <translation>ASA 目标</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>放弃率目标</translation>
    </message>
    <message>
        <source>Maximum occupancy</source>
        <translation>最高占用率</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>缩减率</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 must be a finite number (got %2).</source>
        <translation>%1 必须是有限的数（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be 0 or more (got %2).</source>
        <translation>%1 必须不小于 0（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 (got %2).</source>
        <translation>%1 必须大于 0（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be a fraction from 0 to 1, e.g. 0.8 or 80% (got %2).</source>
        <translation>%1 必须是 0 到 1 之间的比例，如 0.8 或 80%（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 must be at least 0 and below 1 (got %2).</source>
        <translation>%1 必须不小于 0 且小于 1（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 gives an offered load beyond 10,000,000 Erlangs (got %2 calls).</source>
        <translation>%1 使话务量超过 10,000,000 爱尔兰（实际为 %2 个呼叫）。</translation>
    </message>
    <message>
        <source>%1 is beyond the supported range (got %2).</source>
        <translation>%1 超出支持的范围（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 is required for this model.</source>
        <translation>该模型需要 %1。</translation>
    </message>
    <message>
        <source>Give at least one target: --sl, --asa-sec, --abandon or --max-occupancy.</source>
        <translation>请至少指定一个目标：--sl、--asa-sec、--abandon 或 --max-occupancy。</translation>
    </message>
    <message>
        <source>Staffing needs --model c or --model a (Erlang B has no queue to staff).</source>
        <translation>人力计算需要 --model c 或 --model a（Erlang B 没有排队）。</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header start,calls,aht_sec[,patience_sec].</source>
        <translation>%1：文件为空；应有表头 start,calls,aht_sec[,patience_sec]。</translation>
    </message>
    <message>
        <source>%1: the header has no column &apos;%2&apos;; expected start,calls,aht_sec[,patience_sec].</source>
        <translation>%1：表头中没有“%2”列；应为 start,calls,aht_sec[,patience_sec]。</translation>
    </message>
    <message>
        <source>%1: the header names column &apos;%2&apos; twice.</source>
        <translation>%1：表头中“%2”列出现了两次。</translation>
    </message>
    <message>
        <source>%1: the row has no value for column &apos;%2&apos;.</source>
        <translation>%1：该行“%2”列没有值。</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected a number, got &apos;%3&apos;.</source>
        <translation>%1：“%2”列应为数字，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected 0 or more, got &apos;%3&apos;.</source>
        <translation>%1：“%2”列应不小于 0，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected a number greater than 0, got &apos;%3&apos;.</source>
        <translation>%1：“%2”列应为大于 0 的数，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected an ISO 8601 date and time such as 2026-03-02T08:30, got &apos;%3&apos;.</source>
        <translation>%1：“%2”列应为 ISO 8601 日期时间，如 2026-03-02T08:30，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed.</source>
        <translation>%1：带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and one row per call.</source>
        <translation>%1 为空：应有一行表头，每个呼叫一行。</translation>
    </message>
    <message>
        <source>%1: unknown text encoding &apos;%2&apos;; try UTF-8, UTF-16LE, WINDOWS-1251 or GB18030.</source>
        <translation>%1：未知的文本编码“%2”；请尝试 UTF-8、UTF-16LE、WINDOWS-1251 或 GB18030。</translation>
    </message>
    <message>
        <source>%1: no column holds the arrival time; name one with --map arrival=COLUMN.</source>
        <translation>%1：没有包含到达时间的列；请用 --map arrival=列 指定。</translation>
    </message>
    <message>
        <source>%1: nothing tells answered from abandoned calls; map an outcome, answer_time or talk_sec column with --map.</source>
        <translation>%1：无法区分接通与放弃的呼叫；请用 --map 映射 outcome、answer_time 或 talk_sec 列。</translation>
    </message>
    <message>
        <source>%1: no wait column, and no answer and end times to derive it; map one with --map wait_sec=COLUMN.</source>
        <translation>%1：没有等待时长列，也没有可推算它的应答和结束时间；请用 --map wait_sec=列 指定。</translation>
    </message>
    <message>
        <source>%1: --map names column &apos;%2&apos;, which the header does not have.</source>
        <translation>%1：--map 指定的列“%2”在表头中不存在。</translation>
    </message>
    <message>
        <source>%1: the arrival times (e.g. &apos;%2&apos;) are in no known date format; give --date-format.</source>
        <translation>%1：到达时间（如“%2”）不符合任何已知日期格式；请指定 --date-format。</translation>
    </message>
    <message>
        <source>%1: the bank preset needs a column &apos;%2&apos;, which the header does not have.</source>
        <translation>%1：bank 预设需要“%2”列，而表头中没有。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>%1 phantom calls</source>
        <translation>幽灵呼叫 %1 个</translation>
    </message>
    <message>
        <source>%1 that never reached the queue</source>
        <translation>未进入队列 %1 个</translation>
    </message>
    <message>
        <source>%1 with another outcome</source>
        <translation>其他结果 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 rows read: %3 accepted, %4 rejected, %5 excluded%6.</source>
        <translation>%1：读取 %2 行：接受 %3，拒绝 %4，排除 %5%6。</translation>
    </message>
    <message>
        <source>Encoding %1, delimiter %2, dates %3.</source>
        <translation>编码 %1，分隔符 %2，日期 %3。</translation>
    </message>
    <message>
        <source>%1 bytes were not valid text in that encoding.</source>
        <translation>有 %1 个字节在该编码下不是有效文本。</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2)</source>
        <translation>列“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: the row has too few fields.</source>
        <translation>%1：该行字段太少。</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1：%2 为空。</translation>
    </message>
    <message>
        <source>%1: %2: expected a date and time, got &apos;%3&apos;.</source>
        <translation>%1：%2：应为日期和时间，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: %2: expected seconds or [H:]MM:SS, got &apos;%3&apos;.</source>
        <translation>%1：%2：应为秒数或 [H:]MM:SS，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: %2: a duration cannot be negative, got &apos;%3&apos;.</source>
        <translation>%1：%2：时长不能为负，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is before the call started.</source>
        <translation>%1：%2：“%3”早于呼叫开始时间。</translation>
    </message>
    <message>
        <source>%1: %2: expected a number, got &apos;%3&apos;.</source>
        <translation>%1：%2：应为数字，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: %2: expected yes or no, got &apos;%3&apos;.</source>
        <translation>%1：%2：应为是或否，实际为“%3”。</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed before the end of the file.</source>
        <translation>%1：带引号的字段直到文件结尾都未闭合。</translation>
    </message>
    <message>
        <source>cannot open project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer StaffPlan (project format %2; this one reads up to %3). Update StaffPlan to open it.</source>
        <translation>%1 由更新版本的 StaffPlan 写入（项目格式 %2；本版本最高可读 %3）。请更新 StaffPlan 后打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a StaffPlan project.</source>
        <translation>%1 是 SQLite 数据库，但不是 StaffPlan 项目。</translation>
    </message>
    <message>
        <source>%1 has no import batch %2.</source>
        <translation>%1 中没有导入批次 %2。</translation>
    </message>
    <message>
        <source>%1 already holds a forecast named &apos;%2&apos;; give another --name, or --replace to overwrite it.</source>
        <translation>%1 中已有名为“%2”的预测；请指定其他 --name，或用 --replace 覆盖。</translation>
    </message>
    <message>
        <source>%1 holds no forecast yet; make one with staffplan-cli forecast.</source>
        <translation>%1 中还没有预测；请用 staffplan-cli forecast 生成。</translation>
    </message>
    <message>
        <source>%1 has no forecast named &apos;%2&apos;.</source>
        <translation>%1 中没有名为“%2”的预测。</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled; the project is as it was before.</source>
        <translation>已取消向 %1 的导入；项目保持原样。</translation>
    </message>
    <message>
        <source>project %1: database error: %2</source>
        <translation>项目 %1：数据库错误：%2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3).</source>
        <translation>%1:%2：不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: required, but missing.</source>
        <translation>%1：必填，但缺失。</translation>
    </message>
    <message>
        <source>%1: of the wrong kind (got %2); see the README&apos;s templates format.</source>
        <translation>%1：类型不对（实际为 %2）；见 README 中的模板格式。</translation>
    </message>
    <message>
        <source>%1: expected a time of day as HH:MM, e.g. &quot;07:30&quot;, got &apos;%2&apos;.</source>
        <translation>%1：应为 HH:MM 格式的时刻，如 &quot;07:30&quot;，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: out of range: %2.</source>
        <translation>%1：超出范围：%2。</translation>
    </message>
    <message>
        <source>%1: expected a day as mon, tue, wed, thu, fri, sat or sun, got %2.</source>
        <translation>%1：应为星期 mon、tue、wed、thu、fri、sat 或 sun，实际为 %2。</translation>
    </message>
    <message>
        <source>%1: the list is empty; give at least one shift template.</source>
        <translation>%1：列表为空；请至少提供一个班次模板。</translation>
    </message>
    <message>
        <source>%1: the latest start (%2) is before the earliest.</source>
        <translation>%1：最晚开始时间（%2）早于最早开始时间。</translation>
    </message>
    <message>
        <source>%1: the break&apos;s window (%2 min after the start) is reversed, or the break would end after the shift.</source>
        <translation>%1：休息窗口（开始后 %2 分钟）颠倒，或休息会在班次结束后才结束。</translation>
    </message>
    <message>
        <source>%1: max_agents (%2) is below min_agents.</source>
        <translation>%1：max_agents（%2）小于 min_agents。</translation>
    </message>
    <message>
        <source>%1: the closing time must come after the opening time (got %2).</source>
        <translation>%1：关门时间必须晚于开门时间（实际为 %2）。</translation>
    </message>
    <message>
        <source>%1 has no intervals to cover.</source>
        <translation>%1 中没有需要覆盖的时段。</translation>
    </message>
    <message>
        <source>%1: interval %2 does not follow the one before it: shift planning needs consecutive intervals of one length.</source>
        <translation>%1：时段 %2 与前一时段不连续：班次规划需要等长且连续的时段。</translation>
    </message>
    <message>
        <source>%1: the intervals are %2 minutes long; shift planning takes 15, 30 or 60.</source>
        <translation>%1：时段长度为 %2 分钟；班次规划只支持 15、30 或 60。</translation>
    </message>
    <message>
        <source>%1: interval %2 requires %3 agents; expected 0 or more.</source>
        <translation>%1：时段 %2 需要 %3 名坐席；应不小于 0。</translation>
    </message>
    <message>
        <source>The shrinkage must be at least 0 and below 1 (got %1).</source>
        <translation>缩减率必须不小于 0 且小于 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>No shift template has a shift on the days of %1; check the templates&apos; days and start times.</source>
        <translation>没有任何班次模板在 %1 的日期上有班次；请检查模板的日期和开始时间。</translation>
    </message>
    <message>
        <source>optimal within the asked gap</source>
        <translation>在要求的差距内达到最优</translation>
    </message>
    <message>
        <source>stopped at the time limit with the best plan found</source>
        <translation>达到时间限制，给出找到的最佳方案</translation>
    </message>
    <message>
        <source>stopped with the best plan found</source>
        <translation>已停止，给出找到的最佳方案</translation>
    </message>
    <message>
        <source>no plan covers every interval under these caps; drop --hard to see where the cover falls short</source>
        <translation>在这些上限下没有方案能覆盖每个时段；去掉 --hard 可查看覆盖不足之处</translation>
    </message>
    <message>
        <source>no plan found before the time limit; allow more time</source>
        <translation>在时间限制内未找到方案；请放宽时间</translation>
    </message>
    <message>
        <source>No number of agents reaches a service level of 100%; lower --sl below 1.</source>
        <translation>任何坐席数都无法达到 100% 的服务水平；请将 --sl 设为小于 1。</translation>
    </message>
    <message>
        <source>No number of agents gives an ASA of 0 seconds; raise --asa-sec above 0.</source>
        <translation>任何坐席数都无法使 ASA 为 0 秒；请将 --asa-sec 设为大于 0。</translation>
    </message>
    <message>
        <source>With finite patience some callers always abandon; raise --abandon above 0.</source>
        <translation>耐心时长有限时总有部分客户放弃；请将 --abandon 设为大于 0。</translation>
    </message>
    <message>
        <source>An occupancy of 0 cannot carry any calls; raise --max-occupancy.</source>
        <translation>占用率为 0 时无法处理任何呼叫；请提高 --max-occupancy。</translation>
    </message>
    <message>
        <source>No number of agents meets these targets.</source>
        <translation>任何坐席数都无法满足这些目标。</translation>
    </message>
    <message>
        <source>The search stopped at its limit of agents or steps without meeting the targets; the targets are too strict for this load.</source>
        <translation>搜索在坐席数或步数上限处停止，仍未满足目标；对该话务量而言目标过于严格。</translation>
    </message>
    <message>
        <source>%1 is damaged: call %2 holds a value StaffPlan never writes (a duration below 0 or not a number, or a queue that is not there). Open a backup, or import the call logs into a new project.</source>
        <translation>%1 已损坏：呼叫 %2 含有 StaffPlan 从不写入的值（时长小于 0 或不是数字，或队列不存在）。请打开备份，或将呼叫日志导入新项目。</translation>
    </message>
    <message>
        <source>%1 is damaged: interval %2 of the forecast &apos;%3&apos; holds a value below 0 or not a number. Make the forecast again.</source>
        <translation>%1 已损坏：预测“%3”的第 %2 个时段含有小于 0 或不是数字的值。请重新生成预测。</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::BacktestModel</name>
    <message>
        <source>Seasonal naive (same interval last week)</source>
        <translation>季节性朴素法（上周同一时段）</translation>
    </message>
    <message>
        <source>Weighted average of recent weeks</source>
        <translation>近几周加权平均</translation>
    </message>
    <message>
        <source>Holt-Winters (weekly season)</source>
        <translation>Holt-Winters（周季节性）</translation>
    </message>
    <message>
        <source>Intraday profile × daily level</source>
        <translation>日内分布 × 日总量</translation>
    </message>
    <message>
        <source>Weighted absolute percentage error of the forecast for each of the last weeks, made from the history before it: lower is better.</source>
        <translation>对最近每一周，用其之前的历史做预测所得的加权平均绝对百分比误差：越低越好。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Backtest WAPE</source>
        <translation>回测 WAPE</translation>
    </message>
    <message>
        <source>Weeks tested</source>
        <translation>回测周数</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::BatchModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Excluded</source>
        <extracomment>rows left out by a rule (phantom calls, calls that never queued)</extracomment>
        <translation>排除</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ChartView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::DataPage</name>
    <message>
        <source>Import call log…</source>
        <translation>导入呼叫日志…</translation>
    </message>
    <message>
        <source>Read a CSV export of your telephony system into this project. You can also drop a file on the window.</source>
        <translation>将电话系统导出的 CSV 读入本项目。也可以把文件拖到窗口上。</translation>
    </message>
    <message>
        <source>Remove batch</source>
        <translation>删除批次</translation>
    </message>
    <message>
        <source>Imported call logs</source>
        <translation>已导入的呼叫日志</translation>
    </message>
    <message>
        <source>15-minute intervals</source>
        <translation>15 分钟时段</translation>
    </message>
    <message>
        <source>30-minute intervals</source>
        <translation>30 分钟时段</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The service level counts calls answered within this many seconds.</source>
        <translation>服务水平统计在该秒数内接通的呼叫。</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>按：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Service level within:</source>
        <translation>服务水平阈值：</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标（KPI）</translation>
    </message>
    <message>
        <source>Remove the import of %1 (%2 calls) from the project? Its calls leave every KPI and forecast.</source>
        <translation>要从项目中删除 %1 的导入（%2 个呼叫）吗？其呼叫将从所有 KPI 和预测中移除。</translation>
    </message>
    <message>
        <source>Open or create a project to see its KPIs.</source>
        <translation>打开或新建项目以查看其 KPI。</translation>
    </message>
    <message>
        <source>No calls yet: import a call log to see the KPIs.</source>
        <translation>还没有呼叫：导入呼叫日志即可查看 KPI。</translation>
    </message>
    <message>
        <source>%1 calls offered, %2 answered, %3 abandoned (%4); service level %5 within %6 s.</source>
        <translation>呼入 %1，接通 %2，放弃 %3（%4）；%6 秒服务水平 %5。</translation>
    </message>
    <message>
        <source>No calls to show yet.</source>
        <translation>暂无可显示的呼叫。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫量</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Calls per period (%1)</source>
        <translation>每周期呼叫量（%1）</translation>
    </message>
    <message>
        <source>Abandoned, % of offered</source>
        <translation>放弃，占呼入的 %</translation>
    </message>
    <message>
        <source>Answered within %1 s, % of offered</source>
        <translation>%1 秒内接通，占呼入的 %</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ForecastPage</name>
    <message>
        <source>A forecast needs at least one week of calls before its first day (two for Holt-Winters); choose a later start or import more history.</source>
        <translation>预测在其第一天之前至少需要一周的呼叫数据（Holt-Winters 需要两周）；请选择更晚的开始日期或导入更多历史。</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>60 minutes</source>
        <translation>60 分钟</translation>
    </message>
    <message>
        <source>Automatic (lowest backtest error)</source>
        <translation>自动（回测误差最小）</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>第一天：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Forecast settings</source>
        <translation>预测设置</translation>
    </message>
    <message>
        <source>Method and accuracy</source>
        <translation>方法与准确度</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Import a call log first: a forecast needs at least a week of history.</source>
        <translation>请先导入呼叫日志：预测至少需要一周的历史数据。</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>%1: %2 calls from %3 to %4.</source>
        <translation>%1：%3 至 %4 共 %2 个呼叫。</translation>
    </message>
    <message>
        <source>Method as chosen.</source>
        <translation>按所选方法。</translation>
    </message>
    <message>
        <source>Chosen by the lowest backtest error.</source>
        <translation>按回测误差最小选择。</translation>
    </message>
    <message>
        <source>Against the actual calls: volume WAPE %1, AHT WAPE %2.</source>
        <translation>与实际呼叫相比：呼入量 WAPE %1，AHT WAPE %2。</translation>
    </message>
    <message>
        <source>No actual calls for these days yet: accuracy shows once they are imported.</source>
        <translation>这些日期还没有实际呼叫：导入后即显示准确度。</translation>
    </message>
    <message>
        <source>Unusual days left out of training: %1.</source>
        <translation>不参与训练的异常日期：%1。</translation>
    </message>
    <message>
        <source>Callers&apos; patience over the 4 weeks before: %1 s (95% CI %2–%3 s, %4 abandons)%5.</source>
        <translation>预测前 4 周的客户耐心时长：%1 秒（95% 置信区间 %2–%3 秒，%4 个放弃）%5。</translation>
    </message>
    <message>
        <source>; too few abandons for a reliable estimate</source>
        <translation>；放弃呼叫太少，估计不可靠</translation>
    </message>
    <message>
        <source>Stored in the project as &apos;%1&apos;.</source>
        <translation>已保存到项目，名称为“%1”。</translation>
    </message>
    <message>
        <source>Forecast calls</source>
        <translation>预测呼入量</translation>
    </message>
    <message>
        <source>No forecast yet.</source>
        <translation>还没有预测。</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT</source>
        <translation>预测与实际 AHT</translation>
    </message>
    <message>
        <source>Forecast AHT</source>
        <translation>预测 AHT</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80% 区间</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Actual AHT</source>
        <translation>实际 AHT</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Calls per %1 minutes, %2</source>
        <translation>每 %1 分钟呼叫量，%2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫量</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT, %1</source>
        <translation>预测与实际 AHT，%1</translation>
    </message>
    <message>
        <source>Average handle time, s</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ImportWizard</name>
    <message>
        <source>Arrival time</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>应答时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>通话（秒）</translation>
    </message>
    <message>
        <source>Hold, s</source>
        <translation>保持（秒）</translation>
    </message>
    <message>
        <source>After-call work, s</source>
        <translation>话后处理（秒）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度 CSAT</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-02 08:30)</source>
        <translation>ISO 8601（2026-03-02 08:30）</translation>
    </message>
    <message>
        <source>day first (02.03.2026 08:30)</source>
        <translation>日在前（02.03.2026 08:30）</translation>
    </message>
    <message>
        <source>month first (03/02/2026 08:30)</source>
        <translation>月在前（03/02/2026 08:30）</translation>
    </message>
    <message>
        <source>yymmdd (260302)</source>
        <translation>yymmdd（260302）</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>自 1970 年起的秒数</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Import a call log</source>
        <translation>导入呼叫日志</translation>
    </message>
    <message>
        <source>Choose a call log</source>
        <translation>选择呼叫日志</translation>
    </message>
    <message>
        <source>A CSV export of your telephony system: one row per call, with a header row.</source>
        <translation>电话系统导出的 CSV：每个呼叫一行，带表头行。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Generic (columns named in the header)</source>
        <translation>通用（列名在表头中）</translation>
    </message>
    <message>
        <source>Bank (the Anonymous Bank 1999 format)</source>
        <translation>Bank（Anonymous Bank 1999 格式）</translation>
    </message>
    <message>
        <source>Call logs (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>呼叫日志 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <source>StaffPlan guessed these from the file. Change any that are wrong.</source>
        <translation>以下是 StaffPlan 从文件中推测的设置。如有错误请修改。</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测结果：%1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>The bank format reads its own columns; the mapping does not apply.</source>
        <translation>Bank 格式读取其固定的列；列映射不适用。</translation>
    </message>
    <message>
        <source>No column holds the arrival time: choose it under Columns.</source>
        <translation>没有包含到达时间的列：请在“列”中选择。</translation>
    </message>
    <message>
        <source>Nothing tells answered from abandoned calls: choose an outcome, answer time or talk column under Columns.</source>
        <translation>无法区分接通与放弃的呼叫：请在“列”中选择结果、应答时间或通话列。</translation>
    </message>
    <message>
        <source>No wait column, and no answer and end times to work it out from: choose one under Columns.</source>
        <translation>没有等待时长列，也没有可推算它的应答和结束时间：请在“列”中选择。</translation>
    </message>
    <message>
        <source>The arrival times (e.g. &apos;%1&apos;) are in no known date format: choose the date format above.</source>
        <translation>到达时间（如“%1”）不符合任何已知日期格式：请在上方选择日期格式。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation>已取消导入；项目保持原样。</translation>
    </message>
    <message>
        <source>%1 was imported before (batch %2): its calls are already in the project, and nothing was added.</source>
        <translation>%1 之前已导入（批次 %2）：其呼叫已在项目中，未添加任何内容。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::KpiModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Abandoned calls as a share of offered calls.</source>
        <translation>放弃呼叫占呼入量的比例。</translation>
    </message>
    <message>
        <source>Calls answered within %1 s as a share of offered calls.</source>
        <translation>%1 秒内接通的呼叫占呼入量的比例。</translation>
    </message>
    <message>
        <source>Average speed of answer: the mean wait of answered calls.</source>
        <translation>平均应答速度：已接通呼叫的平均等待时长。</translation>
    </message>
    <message>
        <source>Average handle time: talk + hold + after-call work, per answered call.</source>
        <translation>平均处理时长：每个接通呼叫的通话 + 保持 + 话后处理。</translation>
    </message>
    <message>
        <source>First-contact resolution: answered callers who did not call the same queue again within the window.</source>
        <translation>首次解决率：在窗口期内未再次呼叫同一队列的已接通客户。</translation>
    </message>
    <message>
        <source>Mean patience (exponential estimate): abandons divided by the total time callers spent in queue.</source>
        <translation>平均耐心时长（指数估计）：放弃数除以客户在队列中的总时长。</translation>
    </message>
    <message>
        <source>Distinct agents who answered calls in the period.</source>
        <translation>该周期内接听过呼叫的不同坐席数。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>SL (%1 s)</source>
        <translation>服务水平（%1 秒）</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA（秒）</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT（秒）</translation>
    </message>
    <message>
        <source>Time to abandon, s</source>
        <translation>放弃前等待（秒）</translation>
    </message>
    <message>
        <source>Longest wait, s</source>
        <translation>最长等待（秒）</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转接率</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>耐心（秒）</translation>
    </message>
    <message>
        <source>Agents seen</source>
        <translation>在岗坐席</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::MainWindow</name>
    <message>
        <source>StaffPlan</source>
        <translation>StaffPlan</translation>
    </message>
    <message>
        <source>1. Data</source>
        <translation>1. 数据</translation>
    </message>
    <message>
        <source>2. Forecast</source>
        <translation>2. 预测</translation>
    </message>
    <message>
        <source>3. Staffing</source>
        <translation>3. 人力</translation>
    </message>
    <message>
        <source>4. Shifts</source>
        <translation>4. 班次</translation>
    </message>
    <message>
        <source>5. Report</source>
        <translation>5. 报告</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import call log…</source>
        <translation>导入呼叫日志(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export staffing report (PDF)…</source>
        <translation>导出人力规划报告 (PDF)(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StaffPlan</source>
        <translation>关于 StaffPlan(&amp;A)</translation>
    </message>
    <message>
        <source>About StaffPlan</source>
        <translation>关于 StaffPlan</translation>
    </message>
    <message>
        <source>StaffPlan %1: workforce planning for call centers. Erlang C and Erlang A staffing, forecasting and call-log KPIs.</source>
        <translation>StaffPlan %1：呼叫中心人力规划。Erlang C 与 Erlang A 人力计算、预测以及呼叫日志 KPI。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>%1 — StaffPlan</source>
        <translation>%1 — StaffPlan</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1: no calls yet. Import a call log (File → Import, or drop a file here).</source>
        <translation>%1：还没有呼叫。请导入呼叫日志（文件 → 导入，或将文件拖到此处）。</translation>
    </message>
    <message>
        <source>%1: %2 calls from %3 to %4.</source>
        <translation>%1：%3 至 %4 共 %2 个呼叫。</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>The sample call log is missing from this build of StaffPlan.</source>
        <translation>此版本的 StaffPlan 缺少示例呼叫日志。</translation>
    </message>
    <message>
        <source>Importing the sample call log…</source>
        <translation>正在导入示例呼叫日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>StaffPlan projects (*.staffplan)</source>
        <translation>StaffPlan 项目 (*.staffplan)</translation>
    </message>
    <message>
        <source>StaffPlan projects (*.staffplan);;All files (*)</source>
        <translation>StaffPlan 项目 (*.staffplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import call log</source>
        <translation>导入呼叫日志</translation>
    </message>
    <message>
        <source>Open or create a project first: the calls are imported into it.</source>
        <translation>请先打开或新建项目：呼叫会导入到项目中。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::RejectedModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ReportPage</name>
    <message>
        <source>Staffing report</source>
        <translation>人力规划报告</translation>
    </message>
    <message>
        <source>The plan on the Staffing page, for the head of the center: a PDF with the model, targets and assumptions, the summary (agent-hours, FTE, peak, predicted service), the charts, the per-interval table and the KPIs of the imported history. The tables also go to Excel or CSV for whoever builds the rota.</source>
        <translation>“人力”页面上的计划，供中心负责人审阅：PDF 包含模型、目标与假设、摘要（坐席工时、FTE、峰值、预测服务）、图表、分时段表格和已导入历史的 KPI。表格也可导出为 Excel 或 CSV，供排班人员使用。</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Export Excel workbook…</source>
        <translation>导出 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>UTF-8, comma</source>
        <translation>UTF-8，逗号</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>Excel, Russian (BOM, semicolon, decimal comma)</source>
        <translation>Excel 俄语版（BOM、分号、小数逗号）</translation>
    </message>
    <message>
        <source>Written.</source>
        <translation>已写入。</translation>
    </message>
    <message>
        <source>forecast from %1, %2 days</source>
        <translation>预测自 %1 起，共 %2 天</translation>
    </message>
    <message>
        <source>the forecast&apos;s AHT per interval, by time of day</source>
        <translation>预测的分时段 AHT，按一天中的时间</translation>
    </message>
    <message>
        <source>estimated from %1 abandons in the 4 weeks before the forecast (exponential maximum likelihood), unless typed in on the Staffing page</source>
        <translation>由预测前 4 周的 %1 个放弃呼叫估计（指数分布最大似然），除非在“人力”页面手动输入</translation>
    </message>
    <message>
        <source>typed in on the Staffing page</source>
        <translation>在“人力”页面手动输入</translation>
    </message>
    <message>
        <source>There is no plan to report yet: import calls, forecast, and staff the forecast first.</source>
        <translation>还没有可报告的计划：请先导入呼叫、预测并计算人力。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ShiftPlanModel</name>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>带薪工时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ShiftsPage</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Open shift templates</source>
        <translation>打开班次模板</translation>
    </message>
    <message>
        <source>Shift templates (*.json)</source>
        <translation>班次模板 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save shift templates</source>
        <translation>保存班次模板</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this share of the cheapest possible.</source>
        <translation>当证明方案与可能的最低成本之差在该比例内时停止。</translation>
    </message>
    <message>
        <source>Time at work lost to what the templates&apos; breaks do not cover (absence, training).</source>
        <translation>模板休息之外损失的在岗时间（缺勤、培训）。</translation>
    </message>
    <message>
        <source>Cover every interval or fail</source>
        <translation>必须覆盖每个时段，否则失败</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>Stop within:</source>
        <translation>差距上限：</translation>
    </message>
    <message>
        <source>Other shrinkage:</source>
        <translation>其他缩减：</translation>
    </message>
    <message>
        <source>Shift templates (JSON, format in the README)</source>
        <translation>班次模板（JSON，格式见 README）</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Nothing to plan yet: the Staffing page has no requirement.</source>
        <translation>还没有可规划的内容：“人力”页面没有需求。</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>%1 s: best plan %2, no plan below %3</source>
        <translation>%1 秒：最佳方案 %2，不存在低于 %3 的方案</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>the staffing requirement</source>
        <translation>人力需求</translation>
    </message>
    <message>
        <source>%1 agents on %2 shift groups, %3 paid hours, cost %4 (%5%6).</source>
        <translation>%1 名坐席，%2 个班次组，带薪工时 %3，成本 %4（%5%6）。</translation>
    </message>
    <message>
        <source>; within %1 of the cheapest possible</source>
        <translation>；与可能的最低成本相差不超过 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot be covered with these templates: %1 agent-hours short.</source>
        <translation>
            <numerusform>%n 个时段无法用这些模板覆盖：缺 %1 坐席工时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted with these shifts: service level %1, abandonment %2, ASA %3 s.</source>
        <translation>按这些班次预测：服务水平 %1，放弃率 %2，ASA %3 秒。</translation>
    </message>
    <message>
        <source>By Erlang C (callers who never hang up): service level %1, ASA %2 s.</source>
        <translation>按 Erlang C（客户从不挂机）：服务水平 %1，ASA %2 秒。</translation>
    </message>
    <message>
        <source>Required vs scheduled cover</source>
        <translation>需求与排班覆盖</translation>
    </message>
    <message>
        <source>Solve to see the cover of a plan.</source>
        <translation>求解后即可查看方案的覆盖情况。</translation>
    </message>
    <message>
        <source>Required on the phones</source>
        <translation>需求在线人数</translation>
    </message>
    <message>
        <source>On the phones with the plan</source>
        <translation>按方案在线人数</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Agents per interval: required and with the plan</source>
        <translation>各时段坐席数：需求与方案</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>The templates could not be saved to the project: %1</source>
        <translation>模板无法保存到项目：%1</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::StaffingModel</name>
    <message>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>Double-click to change this interval&apos;s input; the requirement is recomputed at once.</source>
        <translation>双击可修改该时段的输入；需求会立即重新计算。</translation>
    </message>
    <message>
        <source>Offered load in Erlangs: calls × AHT / interval length.</source>
        <translation>话务量（爱尔兰）：呼叫数 × AHT / 时段长度。</translation>
    </message>
    <message>
        <source>Agents on the phones by Erlang C (callers never hang up).</source>
        <translation>按 Erlang C 的在线坐席数（客户从不挂机）。</translation>
    </message>
    <message>
        <source>Agents on the phones by Erlang A (callers abandon after their patience).</source>
        <translation>按 Erlang A 的在线坐席数（客户耐心耗尽后放弃）。</translation>
    </message>
    <message>
        <source>Agents to schedule: the requirement of the chosen model grossed up for shrinkage.</source>
        <translation>排班坐席数：所选模型的需求按缩减率放大。</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫量</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT（秒）</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>耐心（秒）</translation>
    </message>
    <message>
        <source>Load, Erl</source>
        <translation>话务量（爱尔兰）</translation>
    </message>
    <message>
        <source>Agents (Erlang C)</source>
        <translation>坐席（Erlang C）</translation>
    </message>
    <message>
        <source>Agents (Erlang A)</source>
        <translation>坐席（Erlang A）</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA（秒）</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::StaffingPage</name>
    <message>
        <source>Erlang A (callers abandon)</source>
        <translation>Erlang A（客户会放弃）</translation>
    </message>
    <message>
        <source>Erlang C (nobody abandons)</source>
        <translation>Erlang C（无人放弃）</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>within </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>of offered calls</source>
        <translation>占呼入量</translation>
    </message>
    <message>
        <source>of answered calls</source>
        <translation>占接通量</translation>
    </message>
    <message>
        <source>of callers who would wait (virtual)</source>
        <translation>占愿意等待的客户（虚拟）</translation>
    </message>
    <message>
        <source>Offered: abandons count as misses. Answered: only answered calls count. Virtual: the wait a caller who never hangs up would have.</source>
        <translation>呼入：放弃计为未达标。接通：只统计已接通呼叫。虚拟：从不挂机的客户会经历的等待时长。</translation>
    </message>
    <message>
        <source>ASA at most</source>
        <translation>ASA 不超过</translation>
    </message>
    <message>
        <source>Abandonment at most</source>
        <translation>放弃率不超过</translation>
    </message>
    <message>
        <source>Occupancy at most</source>
        <translation>占用率不超过</translation>
    </message>
    <message>
        <source>Share of paid time not on the phones: breaks, training, meetings, absence.</source>
        <translation>不在线的带薪时间占比：休息、培训、会议、缺勤。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Shrinkage:</source>
        <translation>缩减率：</translation>
    </message>
    <message>
        <source>Patience:</source>
        <translation>耐心时长：</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Required vs scheduled</source>
        <translation>需求与排班</translation>
    </message>
    <message>
        <source>Predicted abandonment and SL</source>
        <translation>预测放弃率与服务水平</translation>
    </message>
    <message>
        <source>SL against agents</source>
        <translation>服务水平—坐席数</translation>
    </message>
    <message>
        <source>SL against threshold</source>
        <translation>服务水平—阈值</translation>
    </message>
    <message>
        <source>From the data: %1 s</source>
        <translation>来自数据：%1 秒</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Staffing the forecast of %1 from %2 to %3, %4-minute intervals.</source>
        <translation>为 %1 的预测计算人力，%2 至 %3，%4 分钟时段。</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>No forecast to staff yet: import calls and make a forecast first.</source>
        <translation>还没有可计算人力的预测：请先导入呼叫并生成预测。</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>请至少选择一个目标。</translation>
    </message>
    <message>
        <source>Scheduled %1 agent-hours (%2 FTE of 40 h a week); %3 on the phones. Peak: %4 agents required, %5 scheduled%6.</source>
        <translation>排班 %1 坐席工时（%2 FTE，每周 40 小时）；在线 %3。峰值：需求 %4 名坐席，排班 %5 名%6。</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation>，于 %1</translation>
    </message>
    <message>
        <source>Predicted for the plan: service level %1, abandonment %2, ASA %3 s.</source>
        <translation>按计划预测：服务水平 %1，放弃率 %2，ASA %3 秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot meet the targets; see the Note column.</source>
        <translation>
            <numerusform>%n 个时段无法达到目标；见“备注”列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to staff yet.</source>
        <translation>还没有可计算的内容。</translation>
    </message>
    <message>
        <source>Required vs scheduled agents</source>
        <translation>需求与排班坐席数</translation>
    </message>
    <message>
        <source>Predicted abandonment and service level</source>
        <translation>预测放弃率与服务水平</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>需求（Erlang C）</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>需求（Erlang A）</translation>
    </message>
    <message>
        <source>Scheduled (with shrinkage)</source>
        <translation>排班（含缩减）</translation>
    </message>
    <message>
        <source>Predicted abandonment</source>
        <translation>预测放弃率</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>预测服务水平</translation>
    </message>
    <message>
        <source>Agents per interval</source>
        <translation>各时段坐席数</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Predicted service at the required agents (%1)</source>
        <translation>按需求坐席数预测的服务（%1）</translation>
    </message>
    <message>
        <source>Percent of offered calls</source>
        <translation>占呼入量的百分比</translation>
    </message>
    <message>
        <source>Select an interval with calls in the table.</source>
        <translation>请在表格中选择有呼叫的时段。</translation>
    </message>
    <message>
        <source>Service level against agents</source>
        <translation>服务水平随坐席数的变化</translation>
    </message>
    <message>
        <source>Service level against the threshold</source>
        <translation>服务水平随阈值的变化</translation>
    </message>
    <message>
        <source>SL, Erlang C</source>
        <translation>服务水平，Erlang C</translation>
    </message>
    <message>
        <source>SL of offered, Erlang A</source>
        <translation>服务水平（占呼入），Erlang A</translation>
    </message>
    <message>
        <source>SL of answered, Erlang A</source>
        <translation>服务水平（占接通），Erlang A</translation>
    </message>
    <message>
        <source>SL virtual, Erlang A</source>
        <translation>虚拟服务水平，Erlang A</translation>
    </message>
    <message>
        <source>Abandonment, Erlang A</source>
        <translation>放弃率，Erlang A</translation>
    </message>
    <message>
        <source>%1: SL within %2 s and abandonment against agents</source>
        <translation>%1：%2 秒服务水平与放弃率随坐席数的变化</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Offered load (%1 Erl)</source>
        <translation>话务量（%1 爱尔兰）</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Erlang A, of offered</source>
        <translation>Erlang A，占呼入</translation>
    </message>
    <message>
        <source>%1: service level against the threshold T at %2 agents</source>
        <translation>%1：%2 名坐席时服务水平随阈值 T 的变化</translation>
    </message>
    <message>
        <source>Threshold T, s</source>
        <translation>阈值 T（秒）</translation>
    </message>
    <message>
        <source>Answered within T, %</source>
        <translation>T 内接通（%）</translation>
    </message>
    <message>
        <source>Target threshold</source>
        <translation>目标阈值</translation>
    </message>
    <message>
        <source>edit of an interval&apos;s input</source>
        <translation>时段输入的修改</translation>
    </message>
    <message>
        <source>change of the targets</source>
        <translation>目标的更改</translation>
    </message>
    <message>
        <source>This change could not be saved to the project: %1</source>
        <translation>此更改无法保存到项目：%1</translation>
    </message>
    <message>
        <source>Each scenario keeps its own targets and typed inputs for this forecast.</source>
        <translation>每个方案为该预测保存各自的目标和手动输入。</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>新方案名称：</translation>
    </message>
    <message>
        <source>A scenario needs a name of its own.</source>
        <translation>方案需要一个未被使用的名称。</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>不能删除最后一个方案。</translation>
    </message>
    <message>
        <source>Delete the scenario &apos;%1&apos;? Edit → Undo brings it back.</source>
        <translation>删除方案“%1”吗？编辑 → 撤销可以恢复。</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>choice of the scenario %1</source>
        <translation>选择方案 %1</translation>
    </message>
    <message>
        <source>new scenario %1</source>
        <translation>新方案 %1</translation>
    </message>
    <message>
        <source>removal of the scenario %1</source>
        <translation>删除方案 %1</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Service-level target</source>
        <translation>服务水平目标</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>放弃率目标</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>缩减率</translation>
    </message>
    <message>
        <source>Inputs typed over the forecast</source>
        <translation>覆盖预测的手动输入</translation>
    </message>
    <message>
        <source>Agent-hours on the phones</source>
        <translation>在线坐席工时</translation>
    </message>
    <message>
        <source>Agent-hours scheduled</source>
        <translation>排班坐席工时</translation>
    </message>
    <message>
        <source>FTE (40 h a week)</source>
        <translation>FTE（每周 40 小时）</translation>
    </message>
    <message>
        <source>Peak requirement</source>
        <translation>峰值需求</translation>
    </message>
    <message>
        <source>Peak scheduled</source>
        <translation>峰值排班</translation>
    </message>
    <message>
        <source>Predicted ASA</source>
        <translation>预测 ASA</translation>
    </message>
    <message>
        <source>Intervals whose targets cannot be met</source>
        <translation>目标无法达到的时段</translation>
    </message>
    <message>
        <source>Erlang A</source>
        <translation>Erlang A</translation>
    </message>
    <message>
        <source>%1 within %2 s</source>
        <translation>%2 秒内 %1</translation>
    </message>
    <message>
        <source>Shift plan: cost</source>
        <translation>班次计划：成本</translation>
    </message>
    <message>
        <source>Shift plan: paid hours</source>
        <translation>班次计划：带薪工时</translation>
    </message>
    <message>
        <source>Shift plan: agents starting shifts</source>
        <translation>班次计划：开始班次的坐席</translation>
    </message>
    <message>
        <source>Predicted service level with the shifts</source>
        <translation>按班次预测的服务水平</translation>
    </message>
    <message>
        <source>Predicted abandonment with the shifts</source>
        <translation>按班次预测的放弃率</translation>
    </message>
    <message>
        <source>solved for other inputs: solve again</source>
        <translation>基于其他输入求解：请重新求解</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>未求解</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::WelcomePage</name>
    <message>
        <source>StaffPlan</source>
        <translation>StaffPlan</translation>
    </message>
    <message>
        <source>Plan how many agents your call center needs in every interval: import call logs, read the KPIs, forecast the coming weeks and staff them with Erlang C and Erlang A.</source>
        <translation>规划呼叫中心每个时段需要多少坐席：导入呼叫日志、查看 KPI、预测未来几周，并用 Erlang C 和 Erlang A 计算人力。</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Eight weeks of a synthetic four-queue call center, ready to explore.</source>
        <translation>一个有四个队列的模拟呼叫中心的八周数据，可直接浏览。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Recent projects (double-click to open):</source>
        <translation>最近的项目（双击打开）：</translation>
    </message>
</context>
</TS>
