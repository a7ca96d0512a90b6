/**
 * `presser --help` in Chinese (the English text is HELP in cli.ts; the two say the same things, in
 * the same order: a change to one goes into the other).
 */
export const HELP_ZH = `presser — 在终端里阅读中文记者会实录

用法：
  presser [文件]                      打开阅读器（标准输出不是终端时输出纯文本）
  presser topics [文件] [--json]      列出话题
  presser show <编号|标签> [文件]     打印一个话题，按 --width 换行
  presser show N 中文 --with 英文     中文实录的第 N 个话题与其英文版并排
  presser search 查询 [文件]          搜索提问、回答和金句
  presser export [文件]               以 JSON 输出解析后的实录
  presser marks [--md|--json]         打印你的书签及其出处
  presser align 中文 英文 [--json]    对齐同一场记者会的中英文版本

  文库：以目录或多个文件（或两者）代替“文件”
  presser 目录...                     打开文库（标准输出不是终端时输出列表）
  presser list 目录... [--json]       每篇的日期、答问人、提问数、标题和文件
                                      （JSON：另有语言及另一语言的版本）
  presser search 查询 目录... [--json]  搜索全部实录；命中按篇分组
  presser topics 目录... [--json]     每篇的话题
  presser export 目录... --jsonl      每行一篇（JSON Lines）
  presser trend 查询 目录... [--by year|month] [--split speaker|asker] [--json|--csv]
                                      含有查询词的问答数，按年或按月：条形图

“文件”为 UTF-8、UTF-16、GB18030、Big5 或 windows-1252 编码的实录；“-”读取标准输入。
不给文件时，打开内置的 2025-03-07 王毅记者会实录。
文库搜索中，speaker:姓名、asker:媒体、date:2019 / date:2018-03..2019-06
可缩小命中范围；索引保存在 $XDG_CACHE_HOME/presser（~/.cache/presser）。

选项：
  -w, --width W            按 W 列换行，至少 2（默认：终端宽度，管道输出时为 80）
      --color WHEN         auto（默认）、always 或 never；NO_COLOR=1 也会关闭颜色
      --ambiguous MODE     narrow（默认）或 wide：“ ” — … · ■ 的宽度（PRESSER_AMBIGUOUS）
      --original-punctuation
                           按原样显示 , : ; ? ! ( )，不在中文旁改为全角
      --json               机器可读的输出（topics、search）
      --limit K            最多 K 条搜索结果（默认 20）
      --scope SCOPE        搜索范围：all（默认）、questions、quotes 或 answers
      --with FILE          show：另一语言的版本，160 列起并排显示
      --jsonl              每行一个 JSON 对象（export）
      --no-cache           不读也不写文库的索引缓存
      --by PERIOD          trend：year 或 month（默认：用例跨两年以内按月，否则按年）
      --split WHO          trend：每条按 speaker（答问人）或 asker（提问媒体）分色
      --csv                trend：以 CSV 输出表格
      --mouse              阅读器使用鼠标：滚轮滚动，点击选择。默认关闭：它会占用终端自身的文本选择
      --measure N          阅读器的最长行，20 到 400 列（默认 80）
      --lang L             en 或 zh：界面语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
      --theme T            阅读器的配色：dark（深色背景）、light（浅色背景）或 auto（默认：
                           COLORFGBG 表明背景为浅色时用 light，否则用 dark）
  -h, --help               显示本帮助
  -V, --version            显示版本

示例：
  presser                              阅读内置的实录
  presser show 2 --width 40            按 40 列显示话题 2
  presser show 中美关系                 按标签显示话题
  presser search 小院高墙               搜索短语；也可用拼音：presser search xygq
  presser topics --json transcript.txt
  presser align zh.txt en.txt --json   [{"zh":1,"en":1,"confidence":1}, …]，按顺序
  presser show 3 zh.txt --with en.txt --width 200
  curl -s URL | presser -              从管道读取实录
  presser marks --md > quotes.md       把加了书签的段落输出为 Markdown 引文
  presser briefings/                   按日期浏览一个目录的实录
  presser list briefings/ --json       以 JSON 列出文库中的实录
  presser search 芬太尼 briefings/      所有提到芬太尼的实录
  presser search "一个中国原则 speaker:华春莹 date:2019" briefings/ --json
  presser export briefings/ --jsonl > all.jsonl

在阅读器中：按 ? 列出按键；ctrl-z 挂起（fg 返回）；粘贴的内容进入搜索栏。

退出状态：成功为 0，用法错误或无法读取输入为 2，其他为 1
（搜索无结果、输出无法写入）。
`;
