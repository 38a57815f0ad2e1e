<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Charts</name>
    <message>
        <source>Date (month-day)</source>
        <translation>Дата (день.месяц)</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>День и время</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>date format of a chart axis: month and day</comment>
        <translation>dd.MM</translation>
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
        <translation>Планирование персонала контакт-центров.</translation>
    </message>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Открыть встроенный пример проекта.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG once it has loaded, and quit.</source>
        <translation>Сохранить главное окно в PNG после загрузки и выйти.</translation>
    </message>
    <message>
        <source>Save every page of the window as PNGs in DIR once loaded, and quit.</source>
        <translation>Сохранить каждую страницу окна в PNG в папку DIR после загрузки и выйти.</translation>
    </message>
    <message>
        <source>A project (*.staffplan) to open.</source>
        <translation>Проект (*.staffplan) для открытия.</translation>
    </message>
    <message>
        <source>Language for this run: en, ru or zh_CN (default: as chosen in the app, else the system&apos;s).</source>
        <translation>Язык на этот запуск: en, ru или zh_CN (по умолчанию — выбранный в программе, иначе системный).</translation>
    </message>
    <message>
        <source>staffplan: --lang expects en, ru or zh_CN, got &apos;%1&apos;.</source>
        <translation>staffplan: --lang: ожидается en, ru или zh_CN, получено «%1».</translation>
    </message>
</context>
<context>
    <name>staffplan::cli</name>
    <message>
        <source>--model is required (%1).</source>
        <translation>Нужен параметр --model (%1).</translation>
    </message>
    <message>
        <source>--model expects %1, got &apos;%2&apos;.</source>
        <translation>--model: ожидается %1, получено «%2».</translation>
    </message>
    <message>
        <source>--patience-sec is required for --model a (Erlang A).</source>
        <translation>Для --model a (Эрланг A) нужен --patience-sec.</translation>
    </message>
    <message>
        <source>Queueing model: b (Erlang B, lost calls), c (Erlang C, no abandonment), a (Erlang A, exponential patience).</source>
        <translation>Модель очереди: b (Эрланг B, потерянные вызовы), c (Эрланг C, без брошенных), a (Эрланг A, экспоненциальное терпение).</translation>
    </message>
    <message>
        <source>Calls offered in the interval.</source>
        <translation>Вызовы, поступившие за интервал.</translation>
    </message>
    <message>
        <source>Interval length in seconds (default 1800).</source>
        <translation>Длина интервала в секундах (по умолчанию 1800).</translation>
    </message>
    <message>
        <source>Average handle time in seconds (talk + hold + after-call work).</source>
        <translation>Среднее время обработки в секундах (разговор + удержание + поствызывная обработка).</translation>
    </message>
    <message>
        <source>Callers&apos; mean patience in seconds (Erlang A).</source>
        <translation>Среднее терпение абонентов в секундах (Эрланг A).</translation>
    </message>
    <message>
        <source>Agents on the phones; may be fractional.</source>
        <translation>Операторы на линии; может быть дробным.</translation>
    </message>
    <message>
        <source>Answer-time threshold T of the service level (default 20).</source>
        <translation>Порог T уровня сервиса по времени ответа (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Write JSON instead of a table.</source>
        <translation>Вывести JSON вместо таблицы.</translation>
    </message>
    <message>
        <source>none (the queue is unstable)</source>
        <translation>нет (очередь неустойчива)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Offered load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>%1 Erlangs</source>
        <translation>%1 Эрл</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no: agents do not exceed the load</source>
        <translation>нет: операторов не больше, чем нагрузка</translation>
    </message>
    <message>
        <source>Probability of waiting</source>
        <translation>Вероятность ожидания</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Брошенные вызовы</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Service level (answered within %1 s / offered)</source>
        <translation>Уровень сервиса (отвечено за %1 с / поступило)</translation>
    </message>
    <message>
        <source>Service level (answered within %1 s / answered)</source>
        <translation>Уровень сервиса (отвечено за %1 с / отвечено)</translation>
    </message>
    <message>
        <source>Service level (virtual wait within %1 s)</source>
        <translation>Уровень сервиса (виртуальное ожидание до %1 с)</translation>
    </message>
    <message>
        <source>ASA (answered calls)</source>
        <translation>ASA (отвеченные вызовы)</translation>
    </message>
    <message>
        <source>Mean wait (all calls)</source>
        <translation>Среднее ожидание (все вызовы)</translation>
    </message>
    <message>
        <source>Mean queue length</source>
        <translation>Средняя длина очереди</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загруженность</translation>
    </message>
    <message>
        <source>Predicted service with N agents: waiting, abandonment, blocking, service level, ASA, occupancy.
Example: staffplan-cli erlang --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --agents 14</source>
        <translation>Прогноз обслуживания при N операторах: ожидание, брошенные, блокировка, уровень сервиса, ASA, загруженность.
Пример: staffplan-cli erlang --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --agents 14</translation>
    </message>
    <message>
        <source>Service-level target as a fraction (0.8) or percent (80%).</source>
        <translation>Целевой уровень сервиса: доля (0.8) или проценты (80%).</translation>
    </message>
    <message>
        <source>Service level counted as answered within T / offered (default), / answered, or virtual wait within T.</source>
        <translation>Как считать уровень сервиса: отвечено за T / поступило (по умолчанию), / отвечено или виртуальное ожидание до T.</translation>
    </message>
    <message>
        <source>Target: ASA at most this many seconds.</source>
        <translation>Цель: ASA не больше стольких секунд.</translation>
    </message>
    <message>
        <source>Target: abandonment at most this fraction (Erlang A).</source>
        <translation>Цель: доля брошенных не больше этой (Эрланг A).</translation>
    </message>
    <message>
        <source>Target: occupancy at most this fraction.</source>
        <translation>Цель: загруженность не больше этой доли.</translation>
    </message>
    <message>
        <source>Share of paid time off the phones; scheduled = ceil(required / (1 - S)).</source>
        <translation>Доля оплачиваемого времени вне линии; в графике = ceil(нужно / (1 - S)).</translation>
    </message>
    <message>
        <source>Batch: staff every row of this CSV (start,calls,aht_sec[,patience_sec]).</source>
        <translation>Пакетный режим: рассчитать каждую строку этого CSV (start,calls,aht_sec[,patience_sec]).</translation>
    </message>
    <message>
        <source>Batch: write the staffed intervals to this CSV.</source>
        <translation>Пакетный режим: записать рассчитанные интервалы в этот CSV.</translation>
    </message>
    <message>
        <source>Smallest number of agents meeting every target, and the scheduled staff after shrinkage.
Example: staffplan-cli staff --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --sl 0.8 --threshold-sec 20 --abandon 0.05</source>
        <translation>Наименьшее число операторов, выполняющее все цели, и штат в графике с учётом потерь.
Пример: staffplan-cli staff --model a --calls 100 --interval-sec 1800 --aht-sec 240 --patience-sec 180 --sl 0.8 --threshold-sec 20 --abandon 0.05</translation>
    </message>
    <message>
        <source>--intervals and --output go together.</source>
        <translation>--intervals и --output задаются вместе.</translation>
    </message>
    <message>
        <source>--calls and --aht-sec come from the --intervals file in batch mode.</source>
        <translation>В пакетном режиме --calls и --aht-sec берутся из файла --intervals.</translation>
    </message>
    <message>
        <source>Required agents:  %1</source>
        <translation>Нужно операторов:  %1</translation>
    </message>
    <message>
        <source>Scheduled agents: %1 (shrinkage %2)</source>
        <translation>В графике операторов: %1 (потери %2)</translation>
    </message>
    <message>
        <source>Binding target:   %1</source>
        <translation>Определяющая цель:   %1</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>--model a needs callers&apos; patience: a patience_sec column in %1 or --patience-sec.</source>
        <translation>--model a нужно терпение абонентов: столбец patience_sec в %1 или --patience-sec.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;patience_sec&apos; is empty and no --patience-sec was given.</source>
        <translation>%1:%2: столбец «patience_sec» пуст, а --patience-sec не задан.</translation>
    </message>
    <message>
        <source>%1: %2 intervals read, %3 staffed, %4 rejected, %5 with targets that cannot be met.</source>
        <translation>%1: интервалов прочитано: %2, рассчитано: %3, отклонено: %4, с недостижимыми целями: %5.</translation>
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
        <translation>Использование: staffplan-cli КОМАНДА [ПАРАМЕТРЫ]

Команды:
  erlang   прогноз обслуживания при заданном числе операторов (Эрланг B, C или A)
  staff    сколько операторов нужно для целей обслуживания, для интервала или CSV интервалов
  kpi      KPI журнала вызовов по интервалам, часам, дням, неделям, месяцам или в целом
  patience терпение абонентов по журналу вызовов (экспоненциальная ОМП и Каплан-Мейер)
  import   импорт журнала вызовов в базу проекта (*.staffplan)
  batches  список импортов проекта;  remove-batch: удалить один
  forecast прогноз вызовов и AHT по интервалам по истории проекта
  accuracy сравнить прогноз с поступившими вызовами
  shifts   спланировать смены, покрывающие потребность, с наименьшей стоимостью
  report   отчёт о штатном расписании по сохранённому прогнозу: PDF, Excel, CSV

Параметры команды: &apos;staffplan-cli КОМАНДА --help&apos;.
Параметры:
  --help     показать эту справку
  --version  показать версию
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: erlang, staff, kpi, patience, import, batches, remove-batch, forecast, accuracy, shifts, report.</source>
        <translation>неизвестная команда «%1». Команды: erlang, staff, kpi, patience, import, batches, remove-batch, forecast, accuracy, shifts, report.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>внутренняя ошибка: %1</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;.</source>
        <translation>%1: ожидается дата в виде ГГГГ-ММ-ДД, получено «%2».</translation>
    </message>
    <message>
        <source>%1: expected a factor of 0 or more, got &apos;%2&apos;.</source>
        <translation>%1: ожидается коэффициент 0 или больше, получено «%2».</translation>
    </message>
    <message>
        <source>%1: expected date[,factor], got &apos;%2&apos;.</source>
        <translation>%1: ожидается дата[,коэффициент], получено «%2».</translation>
    </message>
    <message>
        <source>Project whose imported calls are the history.</source>
        <translation>Проект, импортированные вызовы которого — история.</translation>
    </message>
    <message>
        <source>First day to forecast (YYYY-MM-DD); the history is everything before it.</source>
        <translation>Первый день прогноза (ГГГГ-ММ-ДД); история — всё до него.</translation>
    </message>
    <message>
        <source>Days to forecast.</source>
        <translation>Дней прогноза.</translation>
    </message>
    <message>
        <source>auto (chosen by backtest), naive, wavg, holt-winters or profile (default auto).</source>
        <translation>auto (по ретроспективной проверке), naive, wavg, holt-winters или profile (по умолчанию auto).</translation>
    </message>
    <message>
        <source>Interval length: 15, 30 or 60 (default 30).</source>
        <translation>Длина интервала: 15, 30 или 60 (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Forecast one queue (default: all calls together).</source>
        <translation>Прогноз для одной очереди (по умолчанию все вызовы вместе).</translation>
    </message>
    <message>
        <source>Days to leave out of training, with optional factors for the forecast (lines: YYYY-MM-DD[,factor]).</source>
        <translation>Дни, исключаемые из обучения, с необязательными коэффициентами для прогноза (строки: ГГГГ-ММ-ДД[,коэффициент]).</translation>
    </message>
    <message>
        <source>Name to store the forecast under in the project (default: made from its settings and the time).</source>
        <translation>Имя, под которым прогноз сохраняется в проекте (по умолчанию составляется из настроек и времени).</translation>
    </message>
    <message>
        <source>Overwrite a stored forecast of the same name.</source>
        <translation>Перезаписать сохранённый прогноз с тем же именем.</translation>
    </message>
    <message>
        <source>Write the forecast to this CSV.</source>
        <translation>Записать прогноз в этот CSV.</translation>
    </message>
    <message>
        <source>Also print the method chosen, each method&apos;s backtest error and the flagged days as JSON.</source>
        <translation>Также вывести выбранный метод, ошибку ретроспективной проверки каждого метода и отмеченные дни в JSON.</translation>
    </message>
    <message>
        <source>Forecast offered calls and AHT per interval, with 80% and 95% bands.
Example: staffplan-cli forecast --project centre.staffplan --from 1999-10-03 --days 7 --output f.csv</source>
        <translation>Прогноз поступающих вызовов и AHT по интервалам, с интервалами 80% и 95%.
Пример: staffplan-cli forecast --project centre.staffplan --from 1999-10-03 --days 7 --output f.csv</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Нужен параметр --%1.</translation>
    </message>
    <message>
        <source>--from expects a date as YYYY-MM-DD, got &apos;%1&apos;.</source>
        <translation>--from: ожидается дата в виде ГГГГ-ММ-ДД, получено «%1».</translation>
    </message>
    <message>
        <source>--days expects a whole number from 1 to 366, got &apos;%1&apos;.</source>
        <translation>--days: ожидается целое число от 1 до 366, получено «%1».</translation>
    </message>
    <message>
        <source>--method expects auto, naive, wavg, holt-winters or profile, got &apos;%1&apos;.</source>
        <translation>--method: ожидается auto, naive, wavg, holt-winters или profile, получено «%1».</translation>
    </message>
    <message>
        <source>%1 has lines that are not special days; fix them and run again.</source>
        <translation>В %1 есть строки, не являющиеся особыми днями; исправьте их и запустите снова.</translation>
    </message>
    <message>
        <source>%1 holds less than a week of calls before %2: a forecast needs at least one week of history.</source>
        <translation>В %1 меньше недели вызовов до %2: прогнозу нужна хотя бы неделя истории.</translation>
    </message>
    <message>
        <source>Method: %1 (%2). Stored in %3 as &apos;%4&apos;.</source>
        <translation>Метод: %1 (%2). Сохранён в %3 как «%4».</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>как задано</translation>
    </message>
    <message>
        <source>lowest backtest error</source>
        <translation>наименьшая ошибка ретроспективной проверки</translation>
    </message>
    <message numerus="yes">
        <source>%1: WAPE %2 over %n backtest weeks</source>
        <translation>
            <numerusform>%1: WAPE %2 за %n неделю проверки</numerusform>
            <numerusform>%1: WAPE %2 за %n недели проверки</numerusform>
            <numerusform>%1: WAPE %2 за %n недель проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlier days left out of training: %1</source>
        <translation>Дни-выбросы, исключённые из обучения: %1</translation>
    </message>
    <message>
        <source>Project holding the actual calls.</source>
        <translation>Проект с фактическими вызовами.</translation>
    </message>
    <message>
        <source>Forecast CSV (start, calls, aht_sec; as staffplan-cli forecast writes it).</source>
        <translation>CSV прогноза (start, calls, aht_sec; как его пишет staffplan-cli forecast).</translation>
    </message>
    <message>
        <source>Compare with one queue&apos;s calls (default: all).</source>
        <translation>Сравнить с вызовами одной очереди (по умолчанию все).</translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds, for the model check (default 20).</source>
        <translation>Уровень сервиса: отвечено за столько секунд, для проверки модели (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Write JSON with every interval.</source>
        <translation>Записать JSON со всеми интервалами.</translation>
    </message>
    <message>
        <source>Forecast against actual: WAPE, MAPE and bias of calls and AHT, per interval and in total.</source>
        <translation>Прогноз против факта: WAPE, MAPE и смещение по вызовам и AHT, по интервалам и в целом.</translation>
    </message>
    <message>
        <source>--project and --forecast are required.</source>
        <translation>Нужны --project и --forecast.</translation>
    </message>
    <message>
        <source>%1 holds no forecast intervals.</source>
        <translation>В %1 нет интервалов прогноза.</translation>
    </message>
    <message>
        <source>%1: the intervals are %2 minutes apart; expected 15, 30 or 60.</source>
        <translation>%1: интервалы идут через %2 мин; ожидается 15, 30 или 60.</translation>
    </message>
    <message>
        <source>Calls: actual %1, forecast %2, WAPE %3, MAPE %4, bias %5</source>
        <translation>Вызовы: факт %1, прогноз %2, WAPE %3, MAPE %4, смещение %5</translation>
    </message>
    <message>
        <source>AHT: WAPE %1, MAPE %2, bias (AHT variance) %3</source>
        <translation>AHT: WAPE %1, MAPE %2, смещение (отклонение AHT) %3</translation>
    </message>
    <message>
        <source>%1 with the agents seen serving: service level off by %2 on average (bias %3), abandonment off by %4 (bias %5), over %6 intervals</source>
        <translation>%1 при наблюдавшихся на линии операторах: уровень сервиса в среднем отличается на %2 (смещение %3), доля брошенных — на %4 (смещение %5), интервалов: %6</translation>
    </message>
    <message>
        <source>Call log to read (CSV: comma, semicolon, tab or |).</source>
        <translation>Журнал вызовов (CSV: запятая, точка с запятой, табуляция или |).</translation>
    </message>
    <message>
        <source>Column layout: generic (header names, see README) or bank (the Anonymous Bank logs).</source>
        <translation>Формат столбцов: generic (по заголовкам, см. README) или bank (журналы Anonymous Bank).</translation>
    </message>
    <message>
        <source>Map a call field to a column (name or 1-based number); repeatable. Fields: arrival, answer_time, end_time, wait_sec, talk_sec, hold_sec, acw_sec, outcome, queue, channel, agent, customer_id, transferred, resolved, csat.</source>
        <translation>Сопоставить поле вызова со столбцом (имя или номер с 1); можно повторять. Поля: arrival, answer_time, end_time, wait_sec, talk_sec, hold_sec, acw_sec, outcome, queue, channel, agent, customer_id, transferred, resolved, csat.</translation>
    </message>
    <message>
        <source>Text encoding (default: detected), e.g. UTF-8, UTF-16LE, WINDOWS-1251, GB18030.</source>
        <translation>Кодировка текста (по умолчанию определяется), например UTF-8, UTF-16LE, WINDOWS-1251, GB18030.</translation>
    </message>
    <message>
        <source>Field delimiter (default: detected): , ; tab |</source>
        <translation>Разделитель полей (по умолчанию определяется): , ; tab |</translation>
    </message>
    <message>
        <source>Date format (default: detected): iso, dmy, mdy, yymmdd, epoch.</source>
        <translation>Формат даты (по умолчанию определяется): iso, dmy, mdy, yymmdd, epoch.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with line and reason, to this CSV.</source>
        <translation>Записать отклонённые строки с номером строки и причиной в этот CSV.</translation>
    </message>
    <message>
        <source>Exit with 1 when any row is rejected.</source>
        <translation>Завершиться с кодом 1, если отклонена хоть одна строка.</translation>
    </message>
    <message>
        <source>--preset expects generic or bank, got &apos;%1&apos;.</source>
        <translation>--preset: ожидается generic или bank, получено «%1».</translation>
    </message>
    <message>
        <source>--delimiter expects , ; tab or |, got &apos;%1&apos;.</source>
        <translation>--delimiter: ожидается , ; tab или |, получено «%1».</translation>
    </message>
    <message>
        <source>--date-format expects auto, iso, dmy, mdy, yymmdd or epoch, got &apos;%1&apos;.</source>
        <translation>--date-format: ожидается auto, iso, dmy, mdy, yymmdd или epoch, получено «%1».</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN with a call field such as wait_sec, got &apos;%1&apos;.</source>
        <translation>--map: ожидается ПОЛЕ=СТОЛБЕЦ с полем вызова, например wait_sec, получено «%1».</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --rejects).</source>
        <translation>
            <numerusform>... и ещё %n отклонённая строка (см. --rejects).</numerusform>
            <numerusform>... и ещё %n отклонённые строки (см. --rejects).</numerusform>
            <numerusform>... и ещё %n отклонённых строк (см. --rejects).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Interval length for --by interval: 15, 30 or 60 (default 30).</source>
        <translation>Длина интервала для --by interval: 15, 30 или 60 (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Rows per interval, hour (of day), day, week, month or total (default interval).</source>
        <translation>Строки по интервалам, часам (суток), дням, неделям, месяцам или итог (по умолчанию interval).</translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds (default 20).</source>
        <translation>Уровень сервиса: отвечено за столько секунд (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Abandons within this many seconds are short (default 5).</source>
        <translation>Брошенные за столько секунд считаются короткими (по умолчанию 5).</translation>
    </message>
    <message>
        <source>First-contact resolution: no repeat call within this many days (default 7).</source>
        <translation>Решение с первого обращения: нет повторного вызова столько дней (по умолчанию 7).</translation>
    </message>
    <message>
        <source>Agent cost per hour, for cost per contact (handle time x cost).</source>
        <translation>Стоимость часа оператора, для стоимости обращения (время обработки × стоимость).</translation>
    </message>
    <message>
        <source>Read the calls of every batch imported into this project instead of --log.</source>
        <translation>Читать вызовы всех импортов этого проекта вместо --log.</translation>
    </message>
    <message>
        <source>Write a JSON list of rows.</source>
        <translation>Записать JSON-список строк.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Записать CSV.</translation>
    </message>
    <message>
        <source>KPIs of a call log per interval, hour, day, week, month or in total, per queue and channel (queue &apos;*&apos; = all).
Example: staffplan-cli kpi --log calls.csv --by day --json</source>
        <translation>KPI журнала вызовов по интервалам, часам, дням, неделям, месяцам или в целом, по очередям и каналам (очередь &apos;*&apos; = все).
Пример: staffplan-cli kpi --log calls.csv --by day --json</translation>
    </message>
    <message>
        <source>give either --log or --project.</source>
        <translation>укажите --log или --project.</translation>
    </message>
    <message>
        <source>--by expects interval, hour, day, week, month or total, got &apos;%1&apos;.</source>
        <translation>--by: ожидается interval, hour, day, week, month или total, получено «%1».</translation>
    </message>
    <message>
        <source>--%1 must be 0 or more (got %2).</source>
        <translation>--%1 должен быть 0 или больше (получено %2).</translation>
    </message>
    <message>
        <source>--agent-cost-per-hour must be 0 or more (got %1).</source>
        <translation>--agent-cost-per-hour должен быть 0 или больше (получено %1).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>поступило</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечено</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>брошено</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>УС</translation>
    </message>
    <message>
        <source>ASA s</source>
        <translation>ASA, с</translation>
    </message>
    <message>
        <source>AHT s</source>
        <translation>AHT, с</translation>
    </message>
    <message>
        <source>patience s</source>
        <translation>терпение, с</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Записать JSON.</translation>
    </message>
    <message>
        <source>Callers&apos; patience from a call log: the exponential maximum-likelihood mean with its 95% confidence interval, and the Kaplan-Meier survival curve (answered calls are censored).</source>
        <translation>Терпение абонентов по журналу вызовов: экспоненциальная оценка максимального правдоподобия среднего с 95% доверительным интервалом и кривая выживания Каплана-Мейера (отвеченные вызовы — цензурированные).</translation>
    </message>
    <message>
        <source>--log is required.</source>
        <translation>Нужен параметр --log.</translation>
    </message>
    <message>
        <source>No call abandoned: the log says nothing about how long callers wait before hanging up.</source>
        <translation>Брошенных вызовов нет: журнал ничего не говорит о том, сколько абоненты ждут, прежде чем положить трубку.</translation>
    </message>
    <message numerus="yes">
        <source>Mean patience (exponential model): %1 s, 95% confidence %2 to %3 s, from %n abandoned calls.</source>
        <translation>
            <numerusform>Среднее терпение (экспоненциальная модель): %1 с, 95% доверительный интервал от %2 до %3 с, по %n брошенному вызову.</numerusform>
            <numerusform>Среднее терпение (экспоненциальная модель): %1 с, 95% доверительный интервал от %2 до %3 с, по %n брошенным вызовам.</numerusform>
            <numerusform>Среднее терпение (экспоненциальная модель): %1 с, 95% доверительный интервал от %2 до %3 с, по %n брошенным вызовам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few abandoned calls for a reliable estimate (fewer than %1).</source>
        <translation>Слишком мало брошенных вызовов для надёжной оценки (меньше %1).</translation>
    </message>
    <message>
        <source>Kaplan-Meier: restricted mean %1 s; median %2.</source>
        <translation>Каплан-Мейер: ограниченное среднее %1 с; медиана %2.</translation>
    </message>
    <message>
        <source>not reached (over half the callers outwait every observed wait)</source>
        <translation>не достигнута (больше половины абонентов дождались бы дольше любого наблюдавшегося ожидания)</translation>
    </message>
    <message>
        <source>Project database to import into (created if missing).</source>
        <translation>База проекта для импорта (создаётся, если её нет).</translation>
    </message>
    <message>
        <source>Import a call log into a project as one batch, in one transaction. The same file imported again is recognised by its content and not counted twice.
Example: staffplan-cli import --project centre.staffplan --log october.csv</source>
        <translation>Импорт журнала вызовов в проект одним пакетом в одной транзакции. Тот же файл при повторном импорте узнаётся по содержимому и не учитывается дважды.
Пример: staffplan-cli import --project centre.staffplan --log october.csv</translation>
    </message>
    <message>
        <source>--project and --log are required.</source>
        <translation>Нужны --project и --log.</translation>
    </message>
    <message>
        <source>%1 was imported before, as batch %2; nothing imported.</source>
        <translation>%1 уже импортирован как пакет %2; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2: %3 calls.</source>
        <translation>%1 импортирован как пакет %2; вызовов: %3.</translation>
    </message>
    <message>
        <source>Project database.</source>
        <translation>База проекта.</translation>
    </message>
    <message>
        <source>List the call logs imported into a project.</source>
        <translation>Список журналов вызовов, импортированных в проект.</translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation>Нужен параметр --project.</translation>
    </message>
    <message>
        <source>batch %1: %2, imported %3, %4 rows read: %5 accepted, %6 rejected, %7 excluded</source>
        <translation>пакет %1: %2, импортирован %3, строк прочитано: %4; принято %5, отклонено %6, исключено %7</translation>
    </message>
    <message>
        <source>The batch to remove (see staffplan-cli batches).</source>
        <translation>Пакет для удаления (см. staffplan-cli batches).</translation>
    </message>
    <message>
        <source>Remove an imported batch (its calls and rejected rows) from a project.</source>
        <translation>Удалить импортированный пакет (его вызовы и отклонённые строки) из проекта.</translation>
    </message>
    <message>
        <source>--project and --batch are required.</source>
        <translation>Нужны --project и --batch.</translation>
    </message>
    <message>
        <source>--batch expects a batch number, got &apos;%1&apos;.</source>
        <translation>--batch: ожидается номер пакета, получено «%1».</translation>
    </message>
    <message>
        <source>Removed batch %1.</source>
        <translation>Пакет %1 удалён.</translation>
    </message>
    <message>
        <source>Project holding the forecast and the imported calls.</source>
        <translation>Проект с прогнозом и импортированными вызовами.</translation>
    </message>
    <message>
        <source>Name of the stored forecast to staff (default: the newest).</source>
        <translation>Имя сохранённого прогноза для расчёта (по умолчанию — самый новый).</translation>
    </message>
    <message>
        <source>Write the report to this PDF (A4).</source>
        <translation>Записать отчёт в этот PDF (A4).</translation>
    </message>
    <message>
        <source>Also write the plan and the KPIs to this Excel workbook.</source>
        <translation>Также записать план и KPI в эту книгу Excel.</translation>
    </message>
    <message>
        <source>Also write the per-interval plan to this CSV.</source>
        <translation>Также записать план по интервалам в этот CSV.</translation>
    </message>
    <message>
        <source>plain (UTF-8, comma; default), excel (with a BOM) or excel-ru (BOM, &apos;;&apos; and decimal comma).</source>
        <translation>plain (UTF-8, запятая; по умолчанию), excel (с BOM) или excel-ru (BOM, &apos;;&apos; и десятичная запятая).</translation>
    </message>
    <message>
        <source>a (Erlang A, default) or c (Erlang C).</source>
        <translation>a (Эрланг A, по умолчанию) или c (Эрланг C).</translation>
    </message>
    <message>
        <source>Service-level target (default 0.8).</source>
        <translation>Целевой уровень сервиса (по умолчанию 0.8).</translation>
    </message>
    <message>
        <source>offered (default), answered or virtual.</source>
        <translation>offered (по умолчанию), answered или virtual.</translation>
    </message>
    <message>
        <source>T of the service level (default 20).</source>
        <translation>T уровня сервиса (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Target: abandonment at most this fraction (default 0.05).</source>
        <translation>Цель: доля брошенных не больше этой (по умолчанию 0.05).</translation>
    </message>
    <message>
        <source>Share of paid time off the phones (default 0.3).</source>
        <translation>Доля оплачиваемого времени вне линии (по умолчанию 0.3).</translation>
    </message>
    <message>
        <source>Callers&apos; mean patience (default: estimated from the 4 weeks before the forecast).</source>
        <translation>Среднее терпение абонентов (по умолчанию оценивается по 4 неделям до прогноза).</translation>
    </message>
    <message>
        <source>The staffing report of a stored forecast: PDF, and the tables as Excel and CSV.
Example: staffplan-cli report --project centre.staffplan --pdf plan.pdf --xlsx plan.xlsx</source>
        <translation>Отчёт о штатном расписании по сохранённому прогнозу: PDF, а таблицы — в Excel и CSV.
Пример: staffplan-cli report --project centre.staffplan --pdf plan.pdf --xlsx plan.xlsx</translation>
    </message>
    <message>
        <source>--model expects a or c, got &apos;%1&apos;.</source>
        <translation>--model: ожидается a или c, получено «%1».</translation>
    </message>
    <message>
        <source>--csv-format expects plain, excel or excel-ru, got &apos;%1&apos;.</source>
        <translation>--csv-format: ожидается plain, excel или excel-ru, получено «%1».</translation>
    </message>
    <message>
        <source>--threshold-sec expects 0 or more, got &apos;%1&apos;.</source>
        <translation>--threshold-sec: ожидается 0 или больше, получено «%1».</translation>
    </message>
    <message>
        <source>--patience-sec expects a number greater than 0, got &apos;%1&apos;.</source>
        <translation>--patience-sec: ожидается число больше 0, получено «%1».</translation>
    </message>
    <message>
        <source>forecast &apos;%1&apos; in %2 has no intervals.</source>
        <translation>в прогнозе «%1» в %2 нет интервалов.</translation>
    </message>
    <message>
        <source>%1 s, as given</source>
        <translation>%1 с, как задано</translation>
    </message>
    <message>
        <source>%1 s, estimated from %2 abandons in the 4 weeks before the forecast (exponential maximum likelihood, answered calls censored)%3</source>
        <translation>%1 с, оценено по брошенным вызовам (%2) за 4 недели до прогноза (экспоненциальная оценка максимального правдоподобия, отвеченные вызовы цензурированы)%3</translation>
    </message>
    <message>
        <source>; too few abandons to be reliable</source>
        <translation>; слишком мало брошенных для надёжной оценки</translation>
    </message>
    <message>
        <source>%1 has no abandoned calls in the 4 weeks before the forecast to estimate callers&apos; patience from; give --patience-sec, or --model c.</source>
        <translation>В %1 нет брошенных вызовов за 4 недели до прогноза, чтобы оценить терпение абонентов; задайте --patience-sec или --model c.</translation>
    </message>
    <message>
        <source>the forecast&apos;s AHT per interval (%1 method, by time of day)</source>
        <translation>AHT прогноза по интервалам (метод %1, по времени суток)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the report of &apos;%2&apos; on %n page(s).</source>
        <translation>
            <numerusform>%1: отчёт по «%2» на %n странице.</numerusform>
            <numerusform>%1: отчёт по «%2» на %n страницах.</numerusform>
            <numerusform>%1: отчёт по «%2» на %n страницах.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agents required per interval: the CSV staffplan-cli staff --intervals writes (start, calls, aht_sec, patience_sec, required_agents).</source>
        <translation>Потребность в операторах по интервалам: CSV, который пишет staffplan-cli staff --intervals (start, calls, aht_sec, patience_sec, required_agents).</translation>
    </message>
    <message>
        <source>The shift templates (JSON; format in the README).</source>
        <translation>Шаблоны смен (JSON; формат в README).</translation>
    </message>
    <message>
        <source>Write the shifts to start (and their breaks) to this CSV.</source>
        <translation>Записать начинающиеся смены (и их перерывы) в этот CSV.</translation>
    </message>
    <message>
        <source>Stop the search after this many seconds with the best plan found (default 30).</source>
        <translation>Остановить поиск через столько секунд с лучшим найденным планом (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this share of the cheapest (default 0.005, i.e. 0.5%).</source>
        <translation>Остановиться, когда доказано, что план в пределах этой доли от самого дешёвого (по умолчанию 0.005, т. е. 0,5%).</translation>
    </message>
    <message>
        <source>Every open interval must be covered; without it, intervals the templates cannot cover are reported with their shortfall.</source>
        <translation>Каждый открытый интервал должен быть покрыт; без этого интервалы, которые шаблоны не покрывают, выводятся с нехваткой.</translation>
    </message>
    <message>
        <source>Share of time at work lost to what the templates&apos; breaks do not model (absence, training), 0 to below 1 (default 0).</source>
        <translation>Доля рабочего времени, теряемая на то, чего не моделируют перерывы шаблонов (отсутствия, обучение), от 0 до меньше 1 (по умолчанию 0).</translation>
    </message>
    <message>
        <source>T of the service level in the service check (default 20).</source>
        <translation>T уровня сервиса при проверке обслуживания (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Model of the service check: a (Erlang A, needs patience_sec) or c (default: a when every interval has a patience).</source>
        <translation>Модель проверки обслуживания: a (Эрланг A, нужен patience_sec) или c (по умолчанию a, если у каждого интервала есть терпение).</translation>
    </message>
    <message>
        <source>Also write each interval&apos;s cover and predicted service to this CSV.</source>
        <translation>Также записать покрытие и прогноз обслуживания по каждому интервалу в этот CSV.</translation>
    </message>
    <message>
        <source>Also print the plan&apos;s summary as JSON.</source>
        <translation>Также вывести сводку плана в JSON.</translation>
    </message>
    <message>
        <source>Plan shifts that cover the staffing requirement at the lowest cost (COIN-OR CBC), and the service they buy.
Example: staffplan-cli shifts --requirements req.csv --templates shifts.json --output plan.csv</source>
        <translation>Спланировать смены, покрывающие потребность с наименьшей стоимостью (COIN-OR CBC), и обслуживание, которое они дают.
Пример: staffplan-cli shifts --requirements req.csv --templates shifts.json --output plan.csv</translation>
    </message>
    <message>
        <source>--time-limit-sec expects seconds from 0 to 86400, got &apos;%1&apos;.</source>
        <translation>--time-limit-sec: ожидаются секунды от 0 до 86400, получено «%1».</translation>
    </message>
    <message>
        <source>--gap expects a share from 0 to below 1, got &apos;%1&apos;.</source>
        <translation>--gap: ожидается доля от 0 до меньше 1, получено «%1».</translation>
    </message>
    <message>
        <source>--shrinkage expects a share from 0 to below 1, got &apos;%1&apos;.</source>
        <translation>--shrinkage: ожидается доля от 0 до меньше 1, получено «%1».</translation>
    </message>
    <message>
        <source>%1 has no required_agents column: give the CSV staffplan-cli staff --intervals writes.</source>
        <translation>В %1 нет столбца required_agents: дайте CSV, который пишет staffplan-cli staff --intervals.</translation>
    </message>
    <message>
        <source>%1 has rows that could not be read (above); fix them and run again.</source>
        <translation>В %1 есть строки, которые не удалось прочитать (см. выше); исправьте их и запустите снова.</translation>
    </message>
    <message>
        <source>%1:%2: no required_agents (the targets could not be met there): the interval is planned with no requirement.</source>
        <translation>%1:%2: нет required_agents (цели там недостижимы): интервал планируется без потребности.</translation>
    </message>
    <message>
        <source>--model a needs a patience_sec in every row of %1.</source>
        <translation>--model a нужен patience_sec в каждой строке %1.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 has problems (above); fix them and run again.</source>
        <translation>В %1 есть ошибки (см. выше); исправьте их и запустите снова.</translation>
    </message>
    <message>
        <source>%1 shifts started by %2 agents, %3 paid hours, cost %4 (%5; gap %6, %7 s, %8 variables).</source>
        <translation>Смен к началу: %1, операторов: %2, оплачиваемых часов: %3, стоимость %4 (%5; разрыв %6, %7 с, переменных: %8).</translation>
    </message>
    <message numerus="yes">
        <source>The templates cannot cover %n interval(s): %1 agent-hours short in all (see --coverage or --json).</source>
        <translation>
            <numerusform>Шаблоны не покрывают %n интервал: всего не хватает %1 человеко-часов (см. --coverage или --json).</numerusform>
            <numerusform>Шаблоны не покрывают %n интервала: всего не хватает %1 человеко-часов (см. --coverage или --json).</numerusform>
            <numerusform>Шаблоны не покрывают %n интервалов: всего не хватает %1 человеко-часов (см. --coverage или --json).</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted with the plan (Erlang %1): service level %2%, abandonment %3%.</source>
        <translation>Прогноз при этом плане (Эрланг %1): уровень сервиса %2%, брошенные %3%.</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;.</source>
        <translation>--%1: ожидается число, получено «%2».</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>--interval-min expects 15, 30 or 60, got &apos;%1&apos;.</source>
        <translation>--interval-min: ожидается 15, 30 или 60, получено «%1».</translation>
    </message>
    <message>
        <source>the project has no queue &apos;%1&apos;; its queues are: %2.</source>
        <translation>в проекте нет очереди «%1»; его очереди: %2.</translation>
    </message>
    <message>
        <source>--sl-definition expects offered, answered or virtual, got &apos;%1&apos;.</source>
        <translation>--sl-definition: ожидается offered, answered или virtual, получено «%1».</translation>
    </message>
    <message>
        <source>Language of the report: en, ru or zh_CN (default: the system&apos;s, from LANG).</source>
        <translation>Язык отчёта: en, ru или zh_CN (по умолчанию — системный, из LANG).</translation>
    </message>
    <message>
        <source>--lang expects en, ru or zh_CN, got &apos;%1&apos;.</source>
        <translation>--lang: ожидается en, ru или zh_CN, получено «%1».</translation>
    </message>
</context>
<context>
    <name>staffplan::report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Нет строк.</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Model and assumptions</source>
        <translation>Модель и допущения</translation>
    </message>
    <message>
        <source>Summary of the plan</source>
        <translation>Сводка плана</translation>
    </message>
    <message>
        <source>Per interval</source>
        <translation>По интервалам</translation>
    </message>
    <message>
        <source>The shift plan</source>
        <translation>План смен</translation>
    </message>
    <message>
        <source>Shifts to start</source>
        <translation>Начинающиеся смены</translation>
    </message>
    <message>
        <source>History: KPIs of the imported calls by week</source>
        <translation>История: KPI импортированных вызовов по неделям</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>недостижимо</translation>
    </message>
    <message>
        <source>Erlang A (callers abandon after their patience)</source>
        <translation>Эрланг A (абоненты бросают вызов, исчерпав терпение)</translation>
    </message>
    <message>
        <source>Erlang C (callers never abandon)</source>
        <translation>Эрланг C (абоненты не бросают вызов)</translation>
    </message>
    <message>
        <source>of offered calls</source>
        <translation>от поступивших вызовов</translation>
    </message>
    <message>
        <source>of answered calls</source>
        <translation>от отвеченных вызовов</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>виртуальный</translation>
    </message>
    <message>
        <source>service level %1 within %2 s (%3)</source>
        <translation>уровень сервиса %1 за %2 с (%3)</translation>
    </message>
    <message>
        <source>ASA at most %1 s</source>
        <translation>ASA не больше %1 с</translation>
    </message>
    <message>
        <source>abandonment at most %1</source>
        <translation>брошенные не больше %1</translation>
    </message>
    <message>
        <source>occupancy at most %1</source>
        <translation>загруженность не больше %1</translation>
    </message>
    <message>
        <source>Staffing plan</source>
        <translation>План численности персонала</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2, %3-minute intervals; queue: %4</source>
        <translation>Период: с %1 по %2, интервалы по %3 мин; очередь: %4</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>все очереди</translation>
    </message>
    <message>
        <source>Generated %1 by StaffPlan %2</source>
        <translation>Создан %1 программой StaffPlan %2</translation>
    </message>
    <message>
        <source>Staffing plan, %1, generated %2</source>
        <translation>План численности персонала, %1, создан %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>%1 (method: %2)</source>
        <translation>%1 (метод: %2)</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>Среднее время обработки (AHT)</translation>
    </message>
    <message>
        <source>Callers&apos; patience</source>
        <translation>Терпение абонентов</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Потери рабочего времени (shrinkage)</translation>
    </message>
    <message>
        <source>%1 of paid time off the phones</source>
        <translation>%1 оплачиваемого времени вне линии</translation>
    </message>
    <message>
        <source>Calls forecast</source>
        <translation>Прогноз вызовов</translation>
    </message>
    <message>
        <source>Agent-hours on the phones</source>
        <translation>Человеко-часы на линии</translation>
    </message>
    <message>
        <source>Agent-hours scheduled (with shrinkage)</source>
        <translation>Человеко-часы в графике (с учётом потерь)</translation>
    </message>
    <message>
        <source>FTE (%1 h a week)</source>
        <translation>Ставки FTE (%1 ч в неделю)</translation>
    </message>
    <message>
        <source>Peak requirement</source>
        <translation>Пиковая потребность</translation>
    </message>
    <message>
        <source>%1 agents (%2 scheduled) at %3</source>
        <translation>Операторов: %1 (в графике %2), %3</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Прогнозный уровень сервиса</translation>
    </message>
    <message>
        <source>Predicted abandonment</source>
        <translation>Прогнозный процент брошенных вызовов</translation>
    </message>
    <message>
        <source>Predicted ASA</source>
        <translation>Прогнозное ASA</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Intervals whose targets cannot be met</source>
        <translation>Интервалы с недостижимыми целями</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT, с</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>Терпение, с</translation>
    </message>
    <message>
        <source>Load, Erl</source>
        <translation>Нагрузка, Эрл</translation>
    </message>
    <message>
        <source>Agents C</source>
        <translation>Операторы C</translation>
    </message>
    <message>
        <source>Agents A</source>
        <translation>Операторы A</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>В графике</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>УС</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA, с</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Брошенные</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загруженность</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>Нужно (Эрланг C)</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>Нужно (Эрланг A)</translation>
    </message>
    <message>
        <source>Scheduled (with shrinkage)</source>
        <translation>В графике (с учётом потерь)</translation>
    </message>
    <message>
        <source>Forecast AHT</source>
        <translation>AHT прогноза</translation>
    </message>
    <message>
        <source>Actual AHT</source>
        <translation>Фактическое AHT</translation>
    </message>
    <message>
        <source>Required vs scheduled agents per interval</source>
        <translation>Нужно и в графике операторов по интервалам</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Predicted service level and abandonment per interval</source>
        <translation>Прогнозные уровень сервиса и брошенные вызовы по интервалам</translation>
    </message>
    <message>
        <source>Percent of offered calls</source>
        <translation>Процент от поступивших вызовов</translation>
    </message>
    <message>
        <source>SL, Erlang C</source>
        <translation>УС, Эрланг C</translation>
    </message>
    <message>
        <source>SL, Erlang A</source>
        <translation>УС, Эрланг A</translation>
    </message>
    <message>
        <source>Abandonment, Erlang A</source>
        <translation>Брошенные, Эрланг A</translation>
    </message>
    <message>
        <source>Service level and abandonment against agents at the peak (%1, %2 Erlangs)</source>
        <translation>Уровень сервиса и брошенные вызовы в зависимости от числа операторов в пик (%1, %2 Эрл)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT</source>
        <translation>AHT: прогноз и факт</translation>
    </message>
    <message>
        <source>Agents starting shifts</source>
        <translation>Операторы, начинающие смены</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Оплачиваемые часы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Distance from the cheapest plan</source>
        <translation>Отличие от самого дешёвого плана</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>не больше %1</translation>
    </message>
    <message>
        <source>Agent-hours the templates cannot cover</source>
        <translation>Человеко-часы, которые шаблоны не покрывают</translation>
    </message>
    <message>
        <source>Predicted service level with the shifts</source>
        <translation>Прогнозный уровень сервиса со сменами</translation>
    </message>
    <message>
        <source>Predicted abandonment with the shifts</source>
        <translation>Прогнозный процент брошенных со сменами</translation>
    </message>
    <message>
        <source>Required on the phones</source>
        <translation>Нужно на линии</translation>
    </message>
    <message>
        <source>On the phones with the shifts</source>
        <translation>На линии по сменам</translation>
    </message>
    <message>
        <source>Required agents and agents on the phones with the shift plan</source>
        <translation>Нужно операторов и операторов на линии по плану смен</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Перерывы</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>шаблон %1</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Процент брошенных</translation>
    </message>
    <message>
        <source>SL (%1 s)</source>
        <translation>УС (%1 с)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>staffplan::text</name>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Длина интервала</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Терпение</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Service-level threshold</source>
        <translation>Порог уровня сервиса</translation>
    </message>
    <message>
        <source>Service-level target</source>
        <translation>Целевой уровень сервиса</translation>
    </message>
    <message>
        <source>ASA target</source>
        <translation>Цель по ASA</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>Цель по брошенным</translation>
    </message>
    <message>
        <source>Maximum occupancy</source>
        <translation>Максимальная загруженность</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Потери рабочего времени</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>%1 must be a finite number (got %2).</source>
        <translation>%1: должно быть конечное число (получено %2).</translation>
    </message>
    <message>
        <source>%1 must be 0 or more (got %2).</source>
        <translation>%1: должно быть 0 или больше (получено %2).</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 (got %2).</source>
        <translation>%1: должно быть больше 0 (получено %2).</translation>
    </message>
    <message>
        <source>%1 must be a fraction from 0 to 1, e.g. 0.8 or 80% (got %2).</source>
        <translation>%1: должна быть доля от 0 до 1, например 0.8 или 80% (получено %2).</translation>
    </message>
    <message>
        <source>%1 must be at least 0 and below 1 (got %2).</source>
        <translation>%1: должно быть не меньше 0 и меньше 1 (получено %2).</translation>
    </message>
    <message>
        <source>%1 gives an offered load beyond 10,000,000 Erlangs (got %2 calls).</source>
        <translation>%1 даёт нагрузку больше 10 000 000 Эрл (получено вызовов: %2).</translation>
    </message>
    <message>
        <source>%1 is beyond the supported range (got %2).</source>
        <translation>%1 вне поддерживаемого диапазона (получено %2).</translation>
    </message>
    <message>
        <source>%1 is required for this model.</source>
        <translation>Для этой модели нужен параметр «%1».</translation>
    </message>
    <message>
        <source>Give at least one target: --sl, --asa-sec, --abandon or --max-occupancy.</source>
        <translation>Задайте хотя бы одну цель: --sl, --asa-sec, --abandon или --max-occupancy.</translation>
    </message>
    <message>
        <source>Staffing needs --model c or --model a (Erlang B has no queue to staff).</source>
        <translation>Для расчёта численности нужна --model c или --model a (в Эрланге B нет очереди).</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header start,calls,aht_sec[,patience_sec].</source>
        <translation>%1: файл пуст; ожидается заголовок start,calls,aht_sec[,patience_sec].</translation>
    </message>
    <message>
        <source>%1: the header has no column &apos;%2&apos;; expected start,calls,aht_sec[,patience_sec].</source>
        <translation>%1: в заголовке нет столбца «%2»; ожидается start,calls,aht_sec[,patience_sec].</translation>
    </message>
    <message>
        <source>%1: the header names column &apos;%2&apos; twice.</source>
        <translation>%1: столбец «%2» назван в заголовке дважды.</translation>
    </message>
    <message>
        <source>%1: the row has no value for column &apos;%2&apos;.</source>
        <translation>%1: в строке нет значения для столбца «%2».</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected a number, got &apos;%3&apos;.</source>
        <translation>%1: столбец «%2»: ожидается число, получено «%3».</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected 0 or more, got &apos;%3&apos;.</source>
        <translation>%1: столбец «%2»: ожидается 0 или больше, получено «%3».</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected a number greater than 0, got &apos;%3&apos;.</source>
        <translation>%1: столбец «%2»: ожидается число больше 0, получено «%3».</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: expected an ISO 8601 date and time such as 2026-03-02T08:30, got &apos;%3&apos;.</source>
        <translation>%1: столбец «%2»: ожидаются дата и время ISO 8601, например 2026-03-02T08:30, получено «%3».</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed.</source>
        <translation>%1: поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and one row per call.</source>
        <translation>%1 пуст: ожидаются строка заголовка и по строке на вызов.</translation>
    </message>
    <message>
        <source>%1: unknown text encoding &apos;%2&apos;; try UTF-8, UTF-16LE, WINDOWS-1251 or GB18030.</source>
        <translation>%1: неизвестная кодировка «%2»; попробуйте UTF-8, UTF-16LE, WINDOWS-1251 или GB18030.</translation>
    </message>
    <message>
        <source>%1: no column holds the arrival time; name one with --map arrival=COLUMN.</source>
        <translation>%1: ни один столбец не содержит время поступления; укажите его: --map arrival=СТОЛБЕЦ.</translation>
    </message>
    <message>
        <source>%1: nothing tells answered from abandoned calls; map an outcome, answer_time or talk_sec column with --map.</source>
        <translation>%1: нельзя отличить отвеченные вызовы от брошенных; сопоставьте столбец outcome, answer_time или talk_sec с помощью --map.</translation>
    </message>
    <message>
        <source>%1: no wait column, and no answer and end times to derive it; map one with --map wait_sec=COLUMN.</source>
        <translation>%1: нет столбца ожидания и нет времени ответа и окончания, чтобы его вычислить; укажите его: --map wait_sec=СТОЛБЕЦ.</translation>
    </message>
    <message>
        <source>%1: --map names column &apos;%2&apos;, which the header does not have.</source>
        <translation>%1: --map указывает столбец «%2», которого нет в заголовке.</translation>
    </message>
    <message>
        <source>%1: the arrival times (e.g. &apos;%2&apos;) are in no known date format; give --date-format.</source>
        <translation>%1: время поступления (например, «%2») не соответствует ни одному известному формату даты; задайте --date-format.</translation>
    </message>
    <message>
        <source>%1: the bank preset needs a column &apos;%2&apos;, which the header does not have.</source>
        <translation>%1: шаблону bank нужен столбец «%2», которого нет в заголовке.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>%1 phantom calls</source>
        <translation>фантомных вызовов: %1</translation>
    </message>
    <message>
        <source>%1 that never reached the queue</source>
        <translation>не дошедших до очереди: %1</translation>
    </message>
    <message>
        <source>%1 with another outcome</source>
        <translation>с другим исходом: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows read: %3 accepted, %4 rejected, %5 excluded%6.</source>
        <translation>%1: строк прочитано: %2; принято %3, отклонено %4, исключено %5%6.</translation>
    </message>
    <message>
        <source>Encoding %1, delimiter %2, dates %3.</source>
        <translation>Кодировка %1, разделитель — %2, даты %3.</translation>
    </message>
    <message>
        <source>%1 bytes were not valid text in that encoding.</source>
        <translation>Байтов, недопустимых в этой кодировке: %1.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2)</source>
        <translation>столбец «%1» (%2)</translation>
    </message>
    <message>
        <source>%1: the row has too few fields.</source>
        <translation>%1: в строке слишком мало полей.</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 пусто.</translation>
    </message>
    <message>
        <source>%1: %2: expected a date and time, got &apos;%3&apos;.</source>
        <translation>%1: %2: ожидаются дата и время, получено «%3».</translation>
    </message>
    <message>
        <source>%1: %2: expected seconds or [H:]MM:SS, got &apos;%3&apos;.</source>
        <translation>%1: %2: ожидаются секунды или [Ч:]ММ:СС, получено «%3».</translation>
    </message>
    <message>
        <source>%1: %2: a duration cannot be negative, got &apos;%3&apos;.</source>
        <translation>%1: %2: длительность не может быть отрицательной, получено «%3».</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is before the call started.</source>
        <translation>%1: %2: «%3» раньше начала вызова.</translation>
    </message>
    <message>
        <source>%1: %2: expected a number, got &apos;%3&apos;.</source>
        <translation>%1: %2: ожидается число, получено «%3».</translation>
    </message>
    <message>
        <source>%1: %2: expected yes or no, got &apos;%3&apos;.</source>
        <translation>%1: %2: ожидается да или нет, получено «%3».</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed before the end of the file.</source>
        <translation>%1: поле в кавычках не закрыто до конца файла.</translation>
    </message>
    <message>
        <source>cannot open project %1: %2</source>
        <translation>не удаётся открыть проект %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer StaffPlan (project format %2; this one reads up to %3). Update StaffPlan to open it.</source>
        <translation>%1 записан более новой версией StaffPlan (формат проекта %2; эта версия читает до %3). Обновите StaffPlan, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a StaffPlan project.</source>
        <translation>%1 — база данных SQLite, но не проект StaffPlan.</translation>
    </message>
    <message>
        <source>%1 has no import batch %2.</source>
        <translation>В %1 нет пакета импорта %2.</translation>
    </message>
    <message>
        <source>%1 already holds a forecast named &apos;%2&apos;; give another --name, or --replace to overwrite it.</source>
        <translation>В %1 уже есть прогноз «%2»; задайте другое --name или --replace, чтобы перезаписать его.</translation>
    </message>
    <message>
        <source>%1 holds no forecast yet; make one with staffplan-cli forecast.</source>
        <translation>В %1 пока нет прогноза; создайте его командой staffplan-cli forecast.</translation>
    </message>
    <message>
        <source>%1 has no forecast named &apos;%2&apos;.</source>
        <translation>В %1 нет прогноза «%2».</translation>
    </message>
    <message>
        <source>The import into %1 was cancelled; the project is as it was before.</source>
        <translation>Импорт в %1 отменён; проект остался прежним.</translation>
    </message>
    <message>
        <source>project %1: database error: %2</source>
        <translation>проект %1: ошибка базы данных: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3).</source>
        <translation>%1:%2: недопустимый JSON (%3).</translation>
    </message>
    <message>
        <source>%1: required, but missing.</source>
        <translation>%1: обязательно, но отсутствует.</translation>
    </message>
    <message>
        <source>%1: of the wrong kind (got %2); see the README&apos;s templates format.</source>
        <translation>%1: неверного типа (получено %2); см. формат шаблонов в README.</translation>
    </message>
    <message>
        <source>%1: expected a time of day as HH:MM, e.g. &quot;07:30&quot;, got &apos;%2&apos;.</source>
        <translation>%1: ожидается время суток в виде ЧЧ:ММ, например &quot;07:30&quot;, получено «%2».</translation>
    </message>
    <message>
        <source>%1: out of range: %2.</source>
        <translation>%1: вне диапазона: %2.</translation>
    </message>
    <message>
        <source>%1: expected a day as mon, tue, wed, thu, fri, sat or sun, got %2.</source>
        <translation>%1: ожидается день mon, tue, wed, thu, fri, sat или sun, получено %2.</translation>
    </message>
    <message>
        <source>%1: the list is empty; give at least one shift template.</source>
        <translation>%1: список пуст; задайте хотя бы один шаблон смены.</translation>
    </message>
    <message>
        <source>%1: the latest start (%2) is before the earliest.</source>
        <translation>%1: самое позднее начало (%2) раньше самого раннего.</translation>
    </message>
    <message>
        <source>%1: the break&apos;s window (%2 min after the start) is reversed, or the break would end after the shift.</source>
        <translation>%1: окно перерыва (%2 мин после начала) перевёрнуто, или перерыв закончится после смены.</translation>
    </message>
    <message>
        <source>%1: max_agents (%2) is below min_agents.</source>
        <translation>%1: max_agents (%2) меньше min_agents.</translation>
    </message>
    <message>
        <source>%1: the closing time must come after the opening time (got %2).</source>
        <translation>%1: время закрытия должно быть позже времени открытия (получено %2).</translation>
    </message>
    <message>
        <source>%1 has no intervals to cover.</source>
        <translation>В %1 нет интервалов для покрытия.</translation>
    </message>
    <message>
        <source>%1: interval %2 does not follow the one before it: shift planning needs consecutive intervals of one length.</source>
        <translation>%1: интервал %2 не следует за предыдущим: для планирования смен нужны идущие подряд интервалы одной длины.</translation>
    </message>
    <message>
        <source>%1: the intervals are %2 minutes long; shift planning takes 15, 30 or 60.</source>
        <translation>%1: интервалы длиной %2 мин; для планирования смен нужны 15, 30 или 60.</translation>
    </message>
    <message>
        <source>%1: interval %2 requires %3 agents; expected 0 or more.</source>
        <translation>%1: интервалу %2 нужно операторов: %3; ожидается 0 или больше.</translation>
    </message>
    <message>
        <source>The shrinkage must be at least 0 and below 1 (got %1).</source>
        <translation>Потери рабочего времени должны быть не меньше 0 и меньше 1 (получено %1).</translation>
    </message>
    <message>
        <source>No shift template has a shift on the days of %1; check the templates&apos; days and start times.</source>
        <translation>Ни в одном шаблоне нет смены в дни из %1; проверьте дни и время начала в шаблонах.</translation>
    </message>
    <message>
        <source>optimal within the asked gap</source>
        <translation>оптимален в пределах заданного разрыва</translation>
    </message>
    <message>
        <source>stopped at the time limit with the best plan found</source>
        <translation>остановлен по лимиту времени с лучшим найденным планом</translation>
    </message>
    <message>
        <source>stopped with the best plan found</source>
        <translation>остановлен с лучшим найденным планом</translation>
    </message>
    <message>
        <source>no plan covers every interval under these caps; drop --hard to see where the cover falls short</source>
        <translation>ни один план не покрывает каждый интервал при этих ограничениях; уберите --hard, чтобы увидеть, где покрытия не хватает</translation>
    </message>
    <message>
        <source>no plan found before the time limit; allow more time</source>
        <translation>план не найден до истечения лимита времени; дайте больше времени</translation>
    </message>
    <message>
        <source>No number of agents reaches a service level of 100%; lower --sl below 1.</source>
        <translation>Ни при каком числе операторов уровень сервиса не достигает 100%; задайте --sl меньше 1.</translation>
    </message>
    <message>
        <source>No number of agents gives an ASA of 0 seconds; raise --asa-sec above 0.</source>
        <translation>Ни при каком числе операторов ASA не равно 0 секунд; задайте --asa-sec больше 0.</translation>
    </message>
    <message>
        <source>With finite patience some callers always abandon; raise --abandon above 0.</source>
        <translation>При конечном терпении часть абонентов всегда бросает вызов; задайте --abandon больше 0.</translation>
    </message>
    <message>
        <source>An occupancy of 0 cannot carry any calls; raise --max-occupancy.</source>
        <translation>При загруженности 0 нельзя обслужить ни одного вызова; увеличьте --max-occupancy.</translation>
    </message>
    <message>
        <source>No number of agents meets these targets.</source>
        <translation>Ни при каком числе операторов эти цели не выполняются.</translation>
    </message>
    <message>
        <source>The search stopped at its limit of agents or steps without meeting the targets; the targets are too strict for this load.</source>
        <translation>Поиск остановился на пределе числа операторов или шагов, не выполнив цели; цели слишком строги для этой нагрузки.</translation>
    </message>
    <message>
        <source>%1 is damaged: call %2 holds a value StaffPlan never writes (a duration below 0 or not a number, or a queue that is not there). Open a backup, or import the call logs into a new project.</source>
        <translation>%1 повреждён: вызов %2 содержит значение, которое StaffPlan никогда не записывает (длительность меньше 0 или не число либо несуществующая очередь). Откройте резервную копию или импортируйте журналы вызовов в новый проект.</translation>
    </message>
    <message>
        <source>%1 is damaged: interval %2 of the forecast &apos;%3&apos; holds a value below 0 or not a number. Make the forecast again.</source>
        <translation>%1 повреждён: интервал %2 прогноза «%3» содержит значение меньше 0 или не число. Постройте прогноз заново.</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::BacktestModel</name>
    <message>
        <source>Seasonal naive (same interval last week)</source>
        <translation>Сезонный наивный (тот же интервал неделю назад)</translation>
    </message>
    <message>
        <source>Weighted average of recent weeks</source>
        <translation>Взвешенное среднее последних недель</translation>
    </message>
    <message>
        <source>Holt-Winters (weekly season)</source>
        <translation>Хольт-Винтерс (недельная сезонность)</translation>
    </message>
    <message>
        <source>Intraday profile × daily level</source>
        <translation>Внутридневной профиль × дневной уровень</translation>
    </message>
    <message>
        <source>Weighted absolute percentage error of the forecast for each of the last weeks, made from the history before it: lower is better.</source>
        <translation>Взвешенная средняя абсолютная процентная ошибка прогноза на каждую из последних недель, построенного по истории до неё: чем меньше, тем лучше.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Backtest WAPE</source>
        <translation>WAPE проверки</translation>
    </message>
    <message>
        <source>Weeks tested</source>
        <translation>Недель</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::BatchModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Строк прочитано</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Excluded</source>
        <extracomment>rows left out by a rule (phantom calls, calls that never queued)</extracomment>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ChartView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>Не удалось записать %1. Выберите папку, доступную для записи.</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::DataPage</name>
    <message>
        <source>Import call log…</source>
        <translation>Импорт журнала вызовов…</translation>
    </message>
    <message>
        <source>Read a CSV export of your telephony system into this project. You can also drop a file on the window.</source>
        <translation>Загрузить в проект CSV-выгрузку вашей телефонной системы. Файл можно также перетащить на окно.</translation>
    </message>
    <message>
        <source>Remove batch</source>
        <translation>Удалить импорт</translation>
    </message>
    <message>
        <source>Imported call logs</source>
        <translation>Импортированные журналы вызовов</translation>
    </message>
    <message>
        <source>15-minute intervals</source>
        <translation>Интервалы по 15 минут</translation>
    </message>
    <message>
        <source>30-minute intervals</source>
        <translation>Интервалы по 30 минут</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The service level counts calls answered within this many seconds.</source>
        <translation>Уровень сервиса учитывает вызовы, отвеченные за столько секунд.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Service level within:</source>
        <translation>Уровень сервиса за:</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Ключевые показатели (KPI)</translation>
    </message>
    <message>
        <source>Remove the import of %1 (%2 calls) from the project? Its calls leave every KPI and forecast.</source>
        <translation>Удалить из проекта импорт %1 (вызовов: %2)? Его вызовы исчезнут из всех KPI и прогнозов.</translation>
    </message>
    <message>
        <source>Open or create a project to see its KPIs.</source>
        <translation>Откройте или создайте проект, чтобы увидеть его KPI.</translation>
    </message>
    <message>
        <source>No calls yet: import a call log to see the KPIs.</source>
        <translation>Вызовов пока нет: импортируйте журнал вызовов, чтобы увидеть KPI.</translation>
    </message>
    <message>
        <source>%1 calls offered, %2 answered, %3 abandoned (%4); service level %5 within %6 s.</source>
        <translation>Поступило вызовов: %1, отвечено: %2, брошено: %3 (%4); уровень сервиса %5 за %6 с.</translation>
    </message>
    <message>
        <source>No calls to show yet.</source>
        <translation>Пока нечего показать.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>Процент брошенных вызовов</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошено</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Процент брошенных</translation>
    </message>
    <message>
        <source>Calls per period (%1)</source>
        <translation>Вызовы за период (%1)</translation>
    </message>
    <message>
        <source>Abandoned, % of offered</source>
        <translation>% брошенных от поступивших</translation>
    </message>
    <message>
        <source>Answered within %1 s, % of offered</source>
        <translation>% отвеченных за %1 с</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>импорт %1</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation>удаление %1</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ForecastPage</name>
    <message>
        <source>A forecast needs at least one week of calls before its first day (two for Holt-Winters); choose a later start or import more history.</source>
        <translation>Прогнозу нужна хотя бы неделя вызовов до его первого дня (для Хольта-Винтерса — две); выберите более позднее начало или импортируйте больше истории.</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <source>60 minutes</source>
        <translation>60 минут</translation>
    </message>
    <message>
        <source>Automatic (lowest backtest error)</source>
        <translation>Автоматически (наименьшая ошибка проверки)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Интервал:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Первый день:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дней:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Forecast settings</source>
        <translation>Параметры прогноза</translation>
    </message>
    <message>
        <source>Method and accuracy</source>
        <translation>Метод и точность</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Import a call log first: a forecast needs at least a week of history.</source>
        <translation>Сначала импортируйте журнал вызовов: прогнозу нужна хотя бы неделя истории.</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>Прогнозирование…</translation>
    </message>
    <message>
        <source>%1: %2 calls from %3 to %4.</source>
        <translation>%1: вызовов %2, с %3 по %4.</translation>
    </message>
    <message>
        <source>Method as chosen.</source>
        <translation>Метод выбран вручную.</translation>
    </message>
    <message>
        <source>Chosen by the lowest backtest error.</source>
        <translation>Выбран по наименьшей ошибке ретроспективной проверки.</translation>
    </message>
    <message>
        <source>Against the actual calls: volume WAPE %1, AHT WAPE %2.</source>
        <translation>По фактическим вызовам: WAPE объёма %1, WAPE AHT %2.</translation>
    </message>
    <message>
        <source>No actual calls for these days yet: accuracy shows once they are imported.</source>
        <translation>Фактических вызовов за эти дни пока нет: точность появится после их импорта.</translation>
    </message>
    <message>
        <source>Unusual days left out of training: %1.</source>
        <translation>Необычные дни, исключённые из обучения: %1.</translation>
    </message>
    <message>
        <source>Callers&apos; patience over the 4 weeks before: %1 s (95% CI %2–%3 s, %4 abandons)%5.</source>
        <translation>Терпение абонентов за 4 недели до прогноза: %1 с (95% ДИ %2–%3 с, брошенных: %4)%5.</translation>
    </message>
    <message>
        <source>; too few abandons for a reliable estimate</source>
        <translation>; слишком мало брошенных для надёжной оценки</translation>
    </message>
    <message>
        <source>Stored in the project as &apos;%1&apos;.</source>
        <translation>Сохранён в проекте как «%1».</translation>
    </message>
    <message>
        <source>Forecast calls</source>
        <translation>Прогноз вызовов</translation>
    </message>
    <message>
        <source>No forecast yet.</source>
        <translation>Прогноза пока нет.</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT</source>
        <translation>AHT: прогноз и факт</translation>
    </message>
    <message>
        <source>Forecast AHT</source>
        <translation>AHT прогноза</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>Интервал 80%</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>Интервал 95%</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Actual AHT</source>
        <translation>Фактическое AHT</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>все очереди</translation>
    </message>
    <message>
        <source>Calls per %1 minutes, %2</source>
        <translation>Вызовы за %1 мин, %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Forecast vs actual AHT, %1</source>
        <translation>AHT: прогноз и факт, %1</translation>
    </message>
    <message>
        <source>Average handle time, s</source>
        <translation>Среднее время обработки, с</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ImportWizard</name>
    <message>
        <source>Arrival time</source>
        <translation>Время поступления</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Ожидание, с</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Разговор, с</translation>
    </message>
    <message>
        <source>Hold, s</source>
        <translation>Удержание, с</translation>
    </message>
    <message>
        <source>After-call work, s</source>
        <translation>Поствызывная обработка, с</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>не распознано</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-02 08:30)</source>
        <translation>ISO 8601 (2026-03-02 08:30)</translation>
    </message>
    <message>
        <source>day first (02.03.2026 08:30)</source>
        <translation>день первым (02.03.2026 08:30)</translation>
    </message>
    <message>
        <source>month first (03/02/2026 08:30)</source>
        <translation>месяц первым (03/02/2026 08:30)</translation>
    </message>
    <message>
        <source>yymmdd (260302)</source>
        <translation>ггммдд (260302)</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>секунды с 1970 года</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>точка с запятой ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>вертикальная черта |</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>запятая ,</translation>
    </message>
    <message>
        <source>Import a call log</source>
        <translation>Импорт журнала вызовов</translation>
    </message>
    <message>
        <source>Choose a call log</source>
        <translation>Выберите журнал вызовов</translation>
    </message>
    <message>
        <source>A CSV export of your telephony system: one row per call, with a header row.</source>
        <translation>CSV-выгрузка вашей телефонной системы: по строке на вызов, со строкой заголовка.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Generic (columns named in the header)</source>
        <translation>Общий (столбцы названы в заголовке)</translation>
    </message>
    <message>
        <source>Bank (the Anonymous Bank 1999 format)</source>
        <translation>Bank (формат Anonymous Bank 1999)</translation>
    </message>
    <message>
        <source>Call logs (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Журналы вызовов (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Проверьте, как читается файл</translation>
    </message>
    <message>
        <source>StaffPlan guessed these from the file. Change any that are wrong.</source>
        <translation>StaffPlan определил это по файлу. Исправьте, если что-то не так.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>The bank format reads its own columns; the mapping does not apply.</source>
        <translation>Формат bank читает свои столбцы; сопоставление не применяется.</translation>
    </message>
    <message>
        <source>No column holds the arrival time: choose it under Columns.</source>
        <translation>Ни один столбец не содержит время поступления: выберите его в разделе «Столбцы».</translation>
    </message>
    <message>
        <source>Nothing tells answered from abandoned calls: choose an outcome, answer time or talk column under Columns.</source>
        <translation>Нельзя отличить отвеченные вызовы от брошенных: выберите в разделе «Столбцы» столбец исхода, времени ответа или разговора.</translation>
    </message>
    <message>
        <source>No wait column, and no answer and end times to work it out from: choose one under Columns.</source>
        <translation>Нет столбца ожидания и нет времени ответа и окончания, чтобы его вычислить: выберите его в разделе «Столбцы».</translation>
    </message>
    <message>
        <source>The arrival times (e.g. &apos;%1&apos;) are in no known date format: choose the date format above.</source>
        <translation>Время поступления (например, «%1») не соответствует ни одному известному формату даты: выберите формат даты выше.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation>Импорт отменён; проект остался прежним.</translation>
    </message>
    <message>
        <source>%1 was imported before (batch %2): its calls are already in the project, and nothing was added.</source>
        <translation>%1 уже импортирован (пакет %2): его вызовы уже в проекте, ничего не добавлено.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>Не удалось записать %1. Выберите папку, доступную для записи.</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::KpiModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Все очереди</translation>
    </message>
    <message>
        <source>Abandoned calls as a share of offered calls.</source>
        <translation>Брошенные вызовы как доля поступивших.</translation>
    </message>
    <message>
        <source>Calls answered within %1 s as a share of offered calls.</source>
        <translation>Вызовы, отвеченные за %1 с, как доля поступивших.</translation>
    </message>
    <message>
        <source>Average speed of answer: the mean wait of answered calls.</source>
        <translation>Среднее время ответа (ASA): среднее ожидание отвеченных вызовов.</translation>
    </message>
    <message>
        <source>Average handle time: talk + hold + after-call work, per answered call.</source>
        <translation>Среднее время обработки: разговор + удержание + поствызывная обработка на отвеченный вызов.</translation>
    </message>
    <message>
        <source>First-contact resolution: answered callers who did not call the same queue again within the window.</source>
        <translation>Решение с первого обращения: отвеченные абоненты, не позвонившие в ту же очередь снова в пределах окна.</translation>
    </message>
    <message>
        <source>Mean patience (exponential estimate): abandons divided by the total time callers spent in queue.</source>
        <translation>Среднее терпение (экспоненциальная оценка): брошенные, делённые на общее время абонентов в очереди.</translation>
    </message>
    <message>
        <source>Distinct agents who answered calls in the period.</source>
        <translation>Различные операторы, отвечавшие на вызовы в периоде.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошено</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>% брошенных</translation>
    </message>
    <message>
        <source>SL (%1 s)</source>
        <translation>УС (%1 с)</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA, с</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT, с</translation>
    </message>
    <message>
        <source>Time to abandon, s</source>
        <translation>До отказа, с</translation>
    </message>
    <message>
        <source>Longest wait, s</source>
        <translation>Макс. ожидание, с</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>Терпение, с</translation>
    </message>
    <message>
        <source>Agents seen</source>
        <translation>Операторов на линии</translation>
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
        <translation>1. Данные</translation>
    </message>
    <message>
        <source>2. Forecast</source>
        <translation>2. Прогноз</translation>
    </message>
    <message>
        <source>3. Staffing</source>
        <translation>3. Численность</translation>
    </message>
    <message>
        <source>4. Shifts</source>
        <translation>4. Смены</translation>
    </message>
    <message>
        <source>5. Report</source>
        <translation>5. Отчёт</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Открыть &amp;пример проекта</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Import call log…</source>
        <translation>&amp;Импорт журнала вызовов…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export staffing report (PDF)…</source>
        <translation>&amp;Экспорт отчёта о численности (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About StaffPlan</source>
        <translation>&amp;О программе StaffPlan</translation>
    </message>
    <message>
        <source>About StaffPlan</source>
        <translation>О программе StaffPlan</translation>
    </message>
    <message>
        <source>StaffPlan %1: workforce planning for call centers. Erlang C and Erlang A staffing, forecasting and call-log KPIs.</source>
        <translation>StaffPlan %1: планирование персонала контакт-центров. Расчёт численности по Эрлангу C и Эрлангу A, прогнозирование и KPI журналов вызовов.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>%1 — StaffPlan</source>
        <translation>%1 — StaffPlan</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>%1: no calls yet. Import a call log (File → Import, or drop a file here).</source>
        <translation>%1: вызовов пока нет. Импортируйте журнал вызовов (Файл → Импорт или перетащите файл сюда).</translation>
    </message>
    <message>
        <source>%1: %2 calls from %3 to %4.</source>
        <translation>%1: вызовов %2, с %3 по %4.</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Открыть пример проекта</translation>
    </message>
    <message>
        <source>The sample call log is missing from this build of StaffPlan.</source>
        <translation>В этой сборке StaffPlan нет примера журнала вызовов.</translation>
    </message>
    <message>
        <source>Importing the sample call log…</source>
        <translation>Импорт примера журнала вызовов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>StaffPlan projects (*.staffplan)</source>
        <translation>Проекты StaffPlan (*.staffplan)</translation>
    </message>
    <message>
        <source>StaffPlan projects (*.staffplan);;All files (*)</source>
        <translation>Проекты StaffPlan (*.staffplan);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import call log</source>
        <translation>Импорт журнала вызовов</translation>
    </message>
    <message>
        <source>Open or create a project first: the calls are imported into it.</source>
        <translation>Сначала откройте или создайте проект: вызовы импортируются в него.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::RejectedModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ReportPage</name>
    <message>
        <source>Staffing report</source>
        <translation>Отчёт о численности персонала</translation>
    </message>
    <message>
        <source>The plan on the Staffing page, for the head of the center: a PDF with the model, targets and assumptions, the summary (agent-hours, FTE, peak, predicted service), the charts, the per-interval table and the KPIs of the imported history. The tables also go to Excel or CSV for whoever builds the rota.</source>
        <translation>План со страницы «Численность» для руководителя центра: PDF с моделью, целями и допущениями, сводкой (человеко-часы, ставки FTE, пик, прогноз обслуживания), диаграммами, таблицей по интервалам и KPI импортированной истории. Таблицы также выгружаются в Excel или CSV для того, кто составляет график.</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Экспорт отчёта в PDF…</translation>
    </message>
    <message>
        <source>Export Excel workbook…</source>
        <translation>Экспорт книги Excel…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>UTF-8, comma</source>
        <translation>UTF-8, запятая</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel (UTF-8 с BOM)</translation>
    </message>
    <message>
        <source>Excel, Russian (BOM, semicolon, decimal comma)</source>
        <translation>Excel, русский (BOM, точка с запятой, десятичная запятая)</translation>
    </message>
    <message>
        <source>Written.</source>
        <translation>Записано.</translation>
    </message>
    <message>
        <source>forecast from %1, %2 days</source>
        <translation>прогноз с %1, дней: %2</translation>
    </message>
    <message>
        <source>the forecast&apos;s AHT per interval, by time of day</source>
        <translation>AHT прогноза по интервалам, по времени суток</translation>
    </message>
    <message>
        <source>estimated from %1 abandons in the 4 weeks before the forecast (exponential maximum likelihood), unless typed in on the Staffing page</source>
        <translation>оценено по брошенным вызовам (%1) за 4 недели до прогноза (экспоненциальная оценка максимального правдоподобия), если не введено на странице «Численность»</translation>
    </message>
    <message>
        <source>typed in on the Staffing page</source>
        <translation>введено на странице «Численность»</translation>
    </message>
    <message>
        <source>There is no plan to report yet: import calls, forecast, and staff the forecast first.</source>
        <translation>Отчитываться пока не о чем: сначала импортируйте вызовы, сделайте прогноз и рассчитайте численность.</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Экспорт книги Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ShiftPlanModel</name>
    <message>
        <source>Template %1</source>
        <translation>Шаблон %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Оплачиваемые часы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Перерывы</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::ShiftsPage</name>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Open shift templates</source>
        <translation>Открыть шаблоны смен</translation>
    </message>
    <message>
        <source>Shift templates (*.json)</source>
        <translation>Шаблоны смен (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Save shift templates</source>
        <translation>Сохранить шаблоны смен</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Stop once the plan is proven within this share of the cheapest possible.</source>
        <translation>Остановиться, когда доказано, что план в пределах этой доли от самого дешёвого возможного.</translation>
    </message>
    <message>
        <source>Time at work lost to what the templates&apos; breaks do not cover (absence, training).</source>
        <translation>Рабочее время, теряемое на то, чего не покрывают перерывы шаблонов (отсутствия, обучение).</translation>
    </message>
    <message>
        <source>Cover every interval or fail</source>
        <translation>Покрыть каждый интервал или отказ</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Лимит времени:</translation>
    </message>
    <message>
        <source>Stop within:</source>
        <translation>Остановиться в пределах:</translation>
    </message>
    <message>
        <source>Other shrinkage:</source>
        <translation>Прочие потери:</translation>
    </message>
    <message>
        <source>Shift templates (JSON, format in the README)</source>
        <translation>Шаблоны смен (JSON, формат в README)</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>шаблоны</translation>
    </message>
    <message>
        <source>Nothing to plan yet: the Staffing page has no requirement.</source>
        <translation>Планировать пока нечего: на странице «Численность» нет потребности.</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>%1 s: best plan %2, no plan below %3</source>
        <translation>%1 с: лучший план %2, дешевле %3 плана нет</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>the staffing requirement</source>
        <translation>потребность в операторах</translation>
    </message>
    <message>
        <source>%1 agents on %2 shift groups, %3 paid hours, cost %4 (%5%6).</source>
        <translation>Операторов: %1, групп смен: %2, оплачиваемых часов: %3, стоимость %4 (%5%6).</translation>
    </message>
    <message>
        <source>; within %1 of the cheapest possible</source>
        <translation>; в пределах %1 от самого дешёвого возможного</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot be covered with these templates: %1 agent-hours short.</source>
        <translation>
            <numerusform>%n интервал нельзя покрыть этими шаблонами: не хватает %1 человеко-часов.</numerusform>
            <numerusform>%n интервала нельзя покрыть этими шаблонами: не хватает %1 человеко-часов.</numerusform>
            <numerusform>%n интервалов нельзя покрыть этими шаблонами: не хватает %1 человеко-часов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted with these shifts: service level %1, abandonment %2, ASA %3 s.</source>
        <translation>Прогноз при этих сменах: уровень сервиса %1, брошенные %2, ASA %3 с.</translation>
    </message>
    <message>
        <source>By Erlang C (callers who never hang up): service level %1, ASA %2 s.</source>
        <translation>По Эрлангу C (абоненты не кладут трубку): уровень сервиса %1, ASA %2 с.</translation>
    </message>
    <message>
        <source>Required vs scheduled cover</source>
        <translation>Нужное и плановое покрытие</translation>
    </message>
    <message>
        <source>Solve to see the cover of a plan.</source>
        <translation>Рассчитайте план, чтобы увидеть его покрытие.</translation>
    </message>
    <message>
        <source>Required on the phones</source>
        <translation>Нужно на линии</translation>
    </message>
    <message>
        <source>On the phones with the plan</source>
        <translation>На линии по плану</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Нехватка</translation>
    </message>
    <message>
        <source>Agents per interval: required and with the plan</source>
        <translation>Операторы по интервалам: нужно и по плану</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>The templates could not be saved to the project: %1</source>
        <translation>Шаблоны не удалось сохранить в проекте: %1</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::StaffingModel</name>
    <message>
        <source>not reachable</source>
        <translation>недостижимо</translation>
    </message>
    <message>
        <source>Double-click to change this interval&apos;s input; the requirement is recomputed at once.</source>
        <translation>Дважды щёлкните, чтобы изменить данные этого интервала; потребность пересчитывается сразу.</translation>
    </message>
    <message>
        <source>Offered load in Erlangs: calls × AHT / interval length.</source>
        <translation>Нагрузка в эрлангах: вызовы × AHT / длина интервала.</translation>
    </message>
    <message>
        <source>Agents on the phones by Erlang C (callers never hang up).</source>
        <translation>Операторы на линии по Эрлангу C (абоненты не кладут трубку).</translation>
    </message>
    <message>
        <source>Agents on the phones by Erlang A (callers abandon after their patience).</source>
        <translation>Операторы на линии по Эрлангу A (абоненты бросают вызов, исчерпав терпение).</translation>
    </message>
    <message>
        <source>Agents to schedule: the requirement of the chosen model grossed up for shrinkage.</source>
        <translation>Операторы в график: потребность выбранной модели с учётом потерь рабочего времени.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>AHT, с</translation>
    </message>
    <message>
        <source>Patience, s</source>
        <translation>Терпение, с</translation>
    </message>
    <message>
        <source>Load, Erl</source>
        <translation>Нагрузка, Эрл</translation>
    </message>
    <message>
        <source>Agents (Erlang C)</source>
        <translation>Операторы (Эрланг C)</translation>
    </message>
    <message>
        <source>Agents (Erlang A)</source>
        <translation>Операторы (Эрланг A)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>В графике</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>УС</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>ASA, с</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Брошенные</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загруженность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>staffplan::ui::StaffingPage</name>
    <message>
        <source>Erlang A (callers abandon)</source>
        <translation>Эрланг A (абоненты бросают вызов)</translation>
    </message>
    <message>
        <source>Erlang C (nobody abandons)</source>
        <translation>Эрланг C (никто не бросает)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>within </source>
        <translation>за </translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>of offered calls</source>
        <translation>от поступивших вызовов</translation>
    </message>
    <message>
        <source>of answered calls</source>
        <translation>от отвеченных вызовов</translation>
    </message>
    <message>
        <source>of callers who would wait (virtual)</source>
        <translation>от абонентов, которые бы дождались (виртуальный)</translation>
    </message>
    <message>
        <source>Offered: abandons count as misses. Answered: only answered calls count. Virtual: the wait a caller who never hangs up would have.</source>
        <translation>Поступившие: брошенные считаются промахами. Отвеченные: учитываются только отвеченные вызовы. Виртуальный: ожидание, которое было бы у абонента, никогда не кладущего трубку.</translation>
    </message>
    <message>
        <source>ASA at most</source>
        <translation>ASA не больше</translation>
    </message>
    <message>
        <source>Abandonment at most</source>
        <translation>Брошенные не больше</translation>
    </message>
    <message>
        <source>Occupancy at most</source>
        <translation>Загруженность не больше</translation>
    </message>
    <message>
        <source>Share of paid time not on the phones: breaks, training, meetings, absence.</source>
        <translation>Доля оплачиваемого времени вне линии: перерывы, обучение, совещания, отсутствия.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Shrinkage:</source>
        <translation>Потери времени:</translation>
    </message>
    <message>
        <source>Patience:</source>
        <translation>Терпение:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Required vs scheduled</source>
        <translation>Нужно и в графике</translation>
    </message>
    <message>
        <source>Predicted abandonment and SL</source>
        <translation>Прогноз брошенных и УС</translation>
    </message>
    <message>
        <source>SL against agents</source>
        <translation>УС от числа операторов</translation>
    </message>
    <message>
        <source>SL against threshold</source>
        <translation>УС от порога</translation>
    </message>
    <message>
        <source>From the data: %1 s</source>
        <translation>По данным: %1 с</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Ввести вручную</translation>
    </message>
    <message>
        <source>Staffing the forecast of %1 from %2 to %3, %4-minute intervals.</source>
        <translation>Расчёт численности по прогнозу (%1) с %2 по %3, интервалы по %4 мин.</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>все очереди</translation>
    </message>
    <message>
        <source>No forecast to staff yet: import calls and make a forecast first.</source>
        <translation>Рассчитывать пока нечего: сначала импортируйте вызовы и сделайте прогноз.</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Выберите хотя бы одну цель.</translation>
    </message>
    <message>
        <source>Scheduled %1 agent-hours (%2 FTE of 40 h a week); %3 on the phones. Peak: %4 agents required, %5 scheduled%6.</source>
        <translation>В графике %1 человеко-часов (%2 ставок FTE по 40 ч в неделю); на линии %3. Пик: нужно операторов %4, в графике %5%6.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> в %1</translation>
    </message>
    <message>
        <source>Predicted for the plan: service level %1, abandonment %2, ASA %3 s.</source>
        <translation>Прогноз по плану: уровень сервиса %1, брошенные %2, ASA %3 с.</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot meet the targets; see the Note column.</source>
        <translation>
            <numerusform>%n интервал не может выполнить цели; см. столбец «Примечание».</numerusform>
            <numerusform>%n интервала не могут выполнить цели; см. столбец «Примечание».</numerusform>
            <numerusform>%n интервалов не могут выполнить цели; см. столбец «Примечание».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to staff yet.</source>
        <translation>Рассчитывать пока нечего.</translation>
    </message>
    <message>
        <source>Required vs scheduled agents</source>
        <translation>Нужно и в графике операторов</translation>
    </message>
    <message>
        <source>Predicted abandonment and service level</source>
        <translation>Прогноз брошенных вызовов и уровня сервиса</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>Нужно (Эрланг C)</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>Нужно (Эрланг A)</translation>
    </message>
    <message>
        <source>Scheduled (with shrinkage)</source>
        <translation>В графике (с учётом потерь)</translation>
    </message>
    <message>
        <source>Predicted abandonment</source>
        <translation>Прогнозный процент брошенных</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Прогнозный уровень сервиса</translation>
    </message>
    <message>
        <source>Agents per interval</source>
        <translation>Операторы по интервалам</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Predicted service at the required agents (%1)</source>
        <translation>Прогноз обслуживания при нужном числе операторов (%1)</translation>
    </message>
    <message>
        <source>Percent of offered calls</source>
        <translation>Процент от поступивших вызовов</translation>
    </message>
    <message>
        <source>Select an interval with calls in the table.</source>
        <translation>Выберите в таблице интервал с вызовами.</translation>
    </message>
    <message>
        <source>Service level against agents</source>
        <translation>Уровень сервиса в зависимости от числа операторов</translation>
    </message>
    <message>
        <source>Service level against the threshold</source>
        <translation>Уровень сервиса в зависимости от порога</translation>
    </message>
    <message>
        <source>SL, Erlang C</source>
        <translation>УС, Эрланг C</translation>
    </message>
    <message>
        <source>SL of offered, Erlang A</source>
        <translation>УС от поступивших, Эрланг A</translation>
    </message>
    <message>
        <source>SL of answered, Erlang A</source>
        <translation>УС от отвеченных, Эрланг A</translation>
    </message>
    <message>
        <source>SL virtual, Erlang A</source>
        <translation>УС виртуальный, Эрланг A</translation>
    </message>
    <message>
        <source>Abandonment, Erlang A</source>
        <translation>Брошенные, Эрланг A</translation>
    </message>
    <message>
        <source>%1: SL within %2 s and abandonment against agents</source>
        <translation>%1: УС за %2 с и брошенные в зависимости от числа операторов</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Offered load (%1 Erl)</source>
        <translation>Нагрузка (%1 Эрл)</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Эрланг C</translation>
    </message>
    <message>
        <source>Erlang A, of offered</source>
        <translation>Эрланг A, от поступивших</translation>
    </message>
    <message>
        <source>%1: service level against the threshold T at %2 agents</source>
        <translation>%1: уровень сервиса в зависимости от порога T при %2 операторах</translation>
    </message>
    <message>
        <source>Threshold T, s</source>
        <translation>Порог T, с</translation>
    </message>
    <message>
        <source>Answered within T, %</source>
        <translation>Отвечено за T, %</translation>
    </message>
    <message>
        <source>Target threshold</source>
        <translation>Целевой порог</translation>
    </message>
    <message>
        <source>edit of an interval&apos;s input</source>
        <translation>правку данных интервала</translation>
    </message>
    <message>
        <source>change of the targets</source>
        <translation>изменение целей</translation>
    </message>
    <message>
        <source>This change could not be saved to the project: %1</source>
        <translation>Это изменение не удалось сохранить в проекте: %1</translation>
    </message>
    <message>
        <source>Each scenario keeps its own targets and typed inputs for this forecast.</source>
        <translation>У каждого сценария свои цели и введённые вручную данные для этого прогноза.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Копировать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Сравнить…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Копировать сценарий</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Имя нового сценария:</translation>
    </message>
    <message>
        <source>A scenario needs a name of its own.</source>
        <translation>У сценария должно быть своё, не занятое имя.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Удалить сценарий</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Последний сценарий удалить нельзя.</translation>
    </message>
    <message>
        <source>Delete the scenario &apos;%1&apos;? Edit → Undo brings it back.</source>
        <translation>Удалить сценарий «%1»? Правка → Отменить вернёт его.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>choice of the scenario %1</source>
        <translation>выбор сценария %1</translation>
    </message>
    <message>
        <source>new scenario %1</source>
        <translation>новый сценарий %1</translation>
    </message>
    <message>
        <source>removal of the scenario %1</source>
        <translation>удаление сценария %1</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Сравнение сценариев</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Service-level target</source>
        <translation>Целевой уровень сервиса</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>Цель по брошенным</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Потери рабочего времени</translation>
    </message>
    <message>
        <source>Inputs typed over the forecast</source>
        <translation>Данные, введённые поверх прогноза</translation>
    </message>
    <message>
        <source>Agent-hours on the phones</source>
        <translation>Человеко-часы на линии</translation>
    </message>
    <message>
        <source>Agent-hours scheduled</source>
        <translation>Человеко-часы в графике</translation>
    </message>
    <message>
        <source>FTE (40 h a week)</source>
        <translation>Ставки FTE (40 ч в неделю)</translation>
    </message>
    <message>
        <source>Peak requirement</source>
        <translation>Пиковая потребность</translation>
    </message>
    <message>
        <source>Peak scheduled</source>
        <translation>Пик в графике</translation>
    </message>
    <message>
        <source>Predicted ASA</source>
        <translation>Прогнозное ASA</translation>
    </message>
    <message>
        <source>Intervals whose targets cannot be met</source>
        <translation>Интервалы с недостижимыми целями</translation>
    </message>
    <message>
        <source>Erlang A</source>
        <translation>Эрланг A</translation>
    </message>
    <message>
        <source>%1 within %2 s</source>
        <translation>%1 за %2 с</translation>
    </message>
    <message>
        <source>Shift plan: cost</source>
        <translation>План смен: стоимость</translation>
    </message>
    <message>
        <source>Shift plan: paid hours</source>
        <translation>План смен: оплачиваемые часы</translation>
    </message>
    <message>
        <source>Shift plan: agents starting shifts</source>
        <translation>План смен: операторы, начинающие смены</translation>
    </message>
    <message>
        <source>Predicted service level with the shifts</source>
        <translation>Прогнозный уровень сервиса со сменами</translation>
    </message>
    <message>
        <source>Predicted abandonment with the shifts</source>
        <translation>Прогнозный процент брошенных со сменами</translation>
    </message>
    <message>
        <source>solved for other inputs: solve again</source>
        <translation>рассчитан для других данных: рассчитайте снова</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>не рассчитан</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
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
        <translation>Планируйте, сколько операторов нужно вашему контакт-центру в каждом интервале: импортируйте журналы вызовов, смотрите KPI, прогнозируйте ближайшие недели и рассчитывайте численность по Эрлангу C и Эрлангу A.</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Открыть пример проекта</translation>
    </message>
    <message>
        <source>Eight weeks of a synthetic four-queue call center, ready to explore.</source>
        <translation>Восемь недель синтетического контакт-центра с четырьмя очередями, готового к изучению.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>Recent projects (double-click to open):</source>
        <translation>Недавние проекты (дважды щёлкните, чтобы открыть):</translation>
    </message>
</context>
</TS>
