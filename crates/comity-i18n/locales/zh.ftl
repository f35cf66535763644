site-name = Comity
site-tagline = 国家在使用信息通信技术方面的负责任行为：文件、框架、报告和联络点
skip-to-content = 跳至正文
nav-label = 主导航
nav-home = 首页
nav-states = 国家
nav-framework = 框架
language-switcher-label = 语言
footer-text = Comity 是服务于联合国国家在使用信息通信技术方面负责任行为框架的开源软件。
footer-api = JSON 接口
footer-openapi = OpenAPI 文档

home-title = 国家在使用信息通信技术方面的负责任行为
home-intro = 大会“从国际安全角度看信息和电信领域的发展”议程项目的文件记录，以六种正式语文提供。
home-states-link = { $count } 个会员国和观察员国
home-framework-link = 规范框架：支柱、规范和原则

states-title = 会员国和观察员国
states-intro = 联合国 193 个会员国和两个非会员观察员国，以及它们在六种正式语文中的简称和正式名称。
states-filter-label = 按名称或代码筛选
states-filter-button = 筛选
states-order-label = 排序
states-order-language = 按本语文排序
states-order-un = 联合国顺序（英文简称）
states-count = { $count } 个国家
states-none-match = 没有与“{ $query }”匹配的国家。
states-column-name = 名称
states-column-formal = 正式名称
states-column-codes = 代码
states-column-status = 地位
state-status-member = 会员国
state-status-observer = 非会员观察员国

state-names-heading = 各正式语文名称
state-column-language = 语文
state-column-short = 简称
state-column-formal = 正式名称
state-codes-heading = 代码
state-admitted-on = 加入联合国日期
state-observer-since = 成为观察员国日期
state-back = 所有国家
states-region-label = 区域
states-region-any = 所有区域
state-replies-heading = 已公布的关于信息和电信领域发展的答复
state-replies-none = 该国尚无已公布的答复。
state-session = 第 { $session } 届会议
state-sponsored-heading = 该国提案的草案和决议
state-sponsored-none = 记录中该国不是任何文件的提案国。
state-contacts-heading = 联络点
state-contact-verified = 已列入，核实日期
state-contact-missing = 未列入
state-checks-heading = 通信检查
state-checks-none = 该国联络点尚未参加任何检查。
state-checks-answered = { $asked } 个中 { $acknowledged } 个已确认

framework-title = 规范框架
framework-intro = 国家在使用信息通信技术方面的负责任行为框架：各项支柱、十一项自愿规范和能力建设原则。每个要素都指向其正式案文所在的段落。
framework-version = 版本 { $version }
framework-kind-pillar = 支柱
framework-kind-norm = 规范
framework-kind-capacity_building_principle = 能力建设原则
framework-norm-letter = 规范 ({ $letter })
framework-refs-heading = 正式案文出处
framework-ref = { $symbol }，{ $locator }
locator-para = 段
locator-section = 节
locator-item = 项
framework-text-missing = 未显示正式案文：{ $symbol } 尚未收入记录。
framework-text-not-located = 在记录所存的 { $symbol } 中找不到 { $locator }。
framework-children-heading = 本支柱下的要素
framework-parent = 所属
framework-column-title = 标题
framework-titles-heading = 各正式语文标题
framework-back = 整个框架
framework-reported-heading = 各国就此提交的情况
framework-reported-all = 查看各国提交的内容
framework-citing-heading = 引用该案文的文件
framework-citing-none = 记录中尚无文件引用该案文。
cb-group-process_and_purpose = 进程和目的
cb-group-partnerships = 伙伴关系
cb-group-people = 人员

error-not-found-title = 未找到页面
error-not-found-text = 此地址没有页面。请检查地址，或从首页重新开始。
error-internal-title = 出现错误
error-internal-text = 服务器无法完成此请求。错误已记录，请稍后再试。
error-bad-request-title = 无法理解该请求

nav-documents = 文件
documents-title = 本议程项目的文件
documents-intro = 本记录所收的本议程项目决议、决定、草案和报告，以已收录的正式语文提供。
documents-empty = 尚未收录任何文件。
documents-column-symbol = 文号
documents-column-kind = 类别
documents-column-session = 届会
documents-column-languages = 语文
documents-column-title = 标题
kind-resolution = 决议
kind-draft_resolution = 决议草案
kind-decision = 决定
kind-draft_decision = 决定草案
kind-report = 报告
kind-other = 文件
document-back = 所有文件
document-versions = 语文版本
document-compare-label = 并排对照
document-compare-none = 仅一种语文
document-compare-button = 显示
document-not-in-language = 本文件没有此语文版本；现以 { $language } 显示。
document-preamble = 序言部分
document-operative = 执行部分
document-footnotes = 注
document-sponsors = 提案国
document-adopted-on = 通过日期
document-cites = 引用
document-cited-by = 被引用于
document-missing = 记录中没有
document-warnings = 本次读取中看似有误之处（供秘书处对照正式文本核查）
document-warning-numbering_gap = 执行部分第 { $at } 段出现在应为第 { $expected } 段的位置。
document-warning-items_skip = { $at } 紧接在 { $expected } 之后：缺少一个分项。
document-warning-footnote_unmarked = 脚注 { $at } 在正文中没有脚注标记。
document-warning-sponsor_unresolved = 提案国“{ $at }”不指任何国家。
document-warning-lines_unplaced = 有 { $at } 行无法归位（第 { $expected } 行）。
permission-keep_record = 管理文件记录
fetches-title = 从正式文件系统获取文件
fetches-link = 从正式文件系统获取文件
fetches-intro = 请填写文件编号（每行一个，或以空格分隔）并选择所需语文。每个语文版本都以正式 PDF 下载，在后台读取并加入记录；获取页面显示进度。
fetches-symbols = 文件编号
fetches-languages = 语文
fetches-start = 获取
fetches-recent = 最近的获取
fetches-requested = 提出时间
fetches-progress = 已完成 { $done } 个语文版本，共 { $total } 个
fetches-refused-count = 拒收 { $count } 个
fetches-finished = 已完成
fetches-running = 进行中：本页每隔几秒自动刷新。
fetches-bad-symbol = 以下不是文件编号：{ $symbols }。文件编号形如 A/RES/76/19 或 A/C.1/76/L.13。
fetches-no-symbol = 请至少填写一个文件编号。
fetches-no-language = 请至少选择一种语文。
fetches-too-many = 每次最多 { $max } 个语文版本；现要求 { $count } 个。请拆分清单。
fetch-symbol = 文件编号
fetch-language = 语文
fetch-outcome = 结果
fetch-outcome-waiting = 等待中
fetch-outcome-stored = 已加入记录
fetch-outcome-updated = 已更新
fetch-outcome-unchanged = 未变
fetch-outcome-refused = 拒收
fetch-warnings-count = 有 { $count } 处需核对
fetch-failed-bad-symbol = 这不是文件编号。
fetch-failed-not-found = 正式文件系统没有该文件的这一语文版本。
fetch-failed-redirect-loop = 服务器的重定向陷入循环。
fetch-failed-web-page = 服务器返回的是网页而不是 PDF；请核对文件编号。
fetch-failed-not-pdf = 服务器返回的不是 PDF。
fetch-failed-server-status = 服务器拒绝下载。
fetch-failed-unreachable = 无法连接服务器；请稍后再试。
fetch-failed-broke-off = 下载中断；请稍后再试。
fetch-failed-pdf-encrypted = 该 PDF 已加密。
fetch-failed-pdf-no-text = 该 PDF 没有文本层（是扫描件吗？）。
fetch-failed-pdf-truncated = 该 PDF 不完整。
fetch-failed-pdf-damaged = 该 PDF 已损坏。
fetch-failed-symbol-mismatch = 该 PDF 载有另一文件的编号。
fetch-failed-no-structure = 在 PDF 的文本中未找到文件结构。
document-lineage = 沿革
document-no-citations = 无引用。

nav-search = 检索
search-title = 检索记录
search-label = 检索词
search-button = 检索
search-language-label = 段落语文
search-any-language = 任何语文
search-results = { $count } 个段落
search-none = 没有同时包含这些词的段落。
search-facet-kind = 按类别
search-facet-session = 按届会
search-facet-language = 按语文
search-clear-filters = 所有文件
search-results-more = 超过 { $count } 个段落
search-group-states = 国家
search-group-framework = 框架
search-group-documents = 文件标题
search-group-replies = 已公布的答复
search-group-paragraphs = 记录中的段落
search-found-reply = { $state }：根据第 { $resolution } 号决议提交的答复
search-sort = 排序：
search-sort-relevance = 最相关的在前
search-sort-newest = 最新的在前
home-search-label = 搜索文件、规范、已公布的答复和国家
diff-title = 比较两份文件
diff-intro = 逐段比较：新增、删除、移动或修改的段落，并标出修改的字词。
diff-old = 较早的文件
diff-new = 较晚的文件
diff-button = 比较
diff-choose-two = 请从记录中选择两份文件进行比较。
diff-column-change = 变化
diff-column-text = 案文
diff-change-same = 未变
diff-change-changed = 修改
diff-change-moved = 移动
diff-change-added = 新增
diff-change-removed = 删除
diff-change-aligned = 同一位置
diff-across-languages = 这两份文件没有共同的语文版本：段落按位置并列显示（{ $old }和{ $new }），不逐词比较。
diff-column-place = 位置
diff-count-changed = 修改 { $count } 段
diff-count-added = 新增 { $count } 段
diff-count-removed = 删除 { $count } 段
diff-count-moved = 移动 { $count } 段
document-compare-other = 与另一份文件比较
document-agenda-history = 各届会议的议程项目
document-agenda-session = 第 { $session } 届会议：项目 { $number }
nav-account = 账户
sign-in-title = 登录
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-button = 登录
sign-in-invitation-only = 账户仅凭邀请创建：秘书处邀请各国的协调人，再由协调人邀请本国的其他用户。
sign-in-code-intro = 请输入身份验证应用显示的六位数代码。
sign-in-code = 代码
sign-in-confirm = 确认
sign-in-recovery-hint = 设备丢失？请改为输入一个恢复代码（例如 12345-67890）。
sign-in-enrol-intro = 凡有角色的账户都需要第二重验证。请现在设置身份验证应用；每次登录时都会要求输入其代码。
sign-in-enrol-secret = 请将此密钥添加到身份验证应用，然后输入其显示的代码：
sign-in-enrol-qr = 身份验证器应用设置二维码
sign-in-enrol-qr-caption = 请用身份验证器应用扫描此二维码，或输入下面的密钥。
sign-in-enrol-link = 在本设备的身份验证应用中打开
sign-in-throttled = 尝试次数过多。请等待十五分钟后再试。
sign-in-failed = 电子邮件地址或密码不正确。
sign-in-code-failed = 该代码未被接受。代码每30秒变化一次，每个代码只能使用一次。
form-unknown-field = 表单发送了本页面不认识的字段：{ $field }。未作任何更改。
recovery-title = 您的恢复代码
recovery-intro = 请将这些代码保存在安全的地方，与设备分开存放。如果丢失身份验证应用，每个代码可用于登录一次。它们只显示这一次。
recovery-continue = 我已保存；继续
account-title = 您的账户
account-roles = 角色
account-no-roles = 没有角色：此账户不代表任何组织。
account-sessions = 已登录的会话
account-session-started = 登录时间
account-session-last-seen = 最后使用
account-session-from = 来源
account-session-current = 当前
account-end-all = 在所有设备上退出
sign-out-button = 退出
token-title = API 令牌
token-intro = 用于脚本、针对本服务器的命令行和 TAXII 客户端。令牌只能执行您为其选择的、您的角色所允许的操作，直至过期或被您撤销。
token-none = 尚无令牌。
token-name = 名称
token-scopes = 允许
token-created = 创建时间
token-expires = 到期时间
token-revoked = 已撤销
token-revoke = 撤销
token-days = 有效期（天）
token-create = 创建令牌
token-shown-once = 请立即复制此令牌：它只显示一次，以后无法再次读取。
token-scope-not-held = 令牌只能获得您的角色所授予的权限。未创建任何令牌。
token-invalid = 令牌需要名称（最多100个字符）、至少一项权限以及1至366天的有效期。未创建任何令牌。
org-users-title = 用户
org-audit-title = 审计记录
org-audit-intro = 与该组织有关的每一项更改，最新的在前。每个条目都与前一个条目链接；`comity audit verify` 可证明没有任何内容被篡改、删除或插入。
account-name = 姓名
account-status = 状态
account-disabled = 已停用
account-active = 有效
audit-when = 时间
audit-who = 执行者
audit-what = 操作
audit-object = 对象
audit-details = 更改
org-secretariat = 秘书处
error-forbidden-title = 无权访问
error-forbidden-text = 您的任何角色都不允许此操作。如有需要，请联系协调人或秘书处。
role-focal_point = 协调人
role-drafter = 起草人
role-approver = 核准人
role-poc_diplomatic = 外交联络点
role-poc_technical = 技术联络点
role-admin = 管理员
role-report_editor = 报告编辑
role-directory_manager = 名录管理员
role-negotiator = 谈判代表
permission-read_public = 读取公开数据
permission-manage_accounts = 管理账户
permission-manage_state_users = 管理本国用户
permission-list_users = 列出用户
permission-draft_submission = 起草提交材料
permission-approve_submission = 核准提交材料
permission-read_state_submissions = 阅读本国提交材料
permission-edit_report = 编辑报告
permission-nominate_poc = 指定联络点
permission-read_directory = 查阅名录
permission-manage_directory = 管理名录
permission-read_audit = 查阅审计记录
permission-manage_own_tokens = 管理自己的令牌
permission-read_own_account = 查看自己的账户
permission-negotiate = 代表本国谈判案文（提案、立场、默许程序）
permission-read_negotiations = 阅读谈判案文
permission-manage_negotiations = 管理谈判
welcome-title = 设置您的密码
welcome-intro = 欢迎您，{ $name }。请设置至少12个字符的密码；随后您将登录并设置第二重验证。
welcome-password = 新密码
welcome-confirm = 再次输入同一密码
welcome-button = 保存密码
welcome-mismatch = 两次输入的密码不一致。未作任何更改。
welcome-too-short = 密码至少需要 { $count } 个字符。未作任何更改。
welcome-too-long = 密码过长（最多256个字符）。未作任何更改。
welcome-link-unknown = 此链接无效。请申请新的链接。
welcome-link-used = 此链接已使用过：每个链接只能使用一次。请登录，或申请新的链接。
welcome-link-expired = 此链接已过期。请申请新的链接。
reset-title = 重设密码
reset-intro = 请输入您账户的地址；系统将向该地址发送设置新密码的链接。链接仅可使用一次，有效期一小时。
reset-button = 发送链接
reset-sent = 如果有账户使用此地址，链接已发送至该地址。
reset-link = 忘记密码？
invite-title = 邀请用户
invite-button = 发送邀请
invite-sent = 已向 { $email } 发送邀请。
invite-lang = 其语言
invite-role = 角色
invite-bad-role = 此处不能授予该角色：各国协调人由秘书处邀请，且每个角色或属于某一国家，或属于秘书处。未作任何更改。
invite-refused = 邀请未发送：{ $reason }。未作任何更改。
mail-not-configured = 本服务器未配置邮件（smtp_relay），无法发送链接。未作任何更改。
mail-failed = 账户已创建，但邮件中继未接受邀请；请通过命令行重新发送（comity users invite）。
mail-invitation-subject = 您的 Comity 邀请
mail-invitation-body = { $name }：

    您已受邀代表{ $org }使用 Comity。请在此设置密码（链接仅可使用一次，七天内有效）：

    { $link }

    如果您并未期待此邀请，请忽略本邮件。
mail-reset-subject = 重设您的 Comity 密码
mail-reset-body = { $name }：

    有人申请重设您的 Comity 账户密码。请在此设置新密码（链接仅可使用一次，一小时内有效）：

    { $link }

    如果这不是您本人的操作，请忽略本邮件：您的密码保持不变。
passkey-title = 通行密钥
passkey-intro = 登录时，可用本设备上的通行密钥或安全密钥代替身份验证应用的代码。
passkey-none-yet = 尚无通行密钥。
passkey-name = 通行密钥名称
passkey-add = 添加通行密钥
passkey-sign-in = 改用通行密钥
passkey-needs-script = 添加通行密钥需要在本浏览器中启用 JavaScript；其他功能均无需 JavaScript。
passkey-failed = 通行密钥未被接受。
passkey-none = 此账户没有通行密钥；请输入身份验证应用中的代码。
passkey-unavailable = 此处无法使用通行密钥：本服务器的公共地址必须是主机名（public_url）。
audit-whole = 全部记录
error-too-large-title = 内容过大
error-too-large-text = 表单发送的内容超过服务器可接受的上限（64 KiB）。未作任何更改。
error-nul-title = 不是文本
error-nul-text = 表单中含有 NUL 字符（U+0000），它不是文本。请删除该字符后重新提交表单。未作任何更改。
error-rate-limited-title = 请求过多
error-rate-limited-text = 您在过去一分钟内发出的请求超过了服务器的处理上限。请稍候再试。未作任何更改。
remove-button = 移除
remove-done = { $email } 在此已不再担任任何角色；其会话已结束。
remove-focal-point = 国家协调人须由秘书处移除。未作任何更改。
mail-cycle-subject = 根据第 { $resolution } 号决议提交意见和评估：邀请答复
mail-cycle-body = { $name }：

    秘书处邀请贵国政府根据第 { $resolution } 号决议提交意见和评估（周期 { $cycle }）。{ $deadline } 之前收到的答复将列入报告；此后收到的答复将作为增编印发。

    贵国的起草人可在 { $link } 准备答复，并由核准人提交。
cycles-title = 意见和评估
cycles-intro = 报告周期：邀请各国提交意见的决议、所提问题和截止日期。
cycles-none = 目前没有开放的报告周期。
cycles-resolution = 决议
cycles-deadline = 截止日期
cycles-reply-of = { $state } 的答复
cycle-status-open = 开放
cycle-status-closed = 已关闭
reply-title = { $state } 的答复
reply-status-draft = 草稿
reply-status-submitted = 已提交
reply-status-published = 已发布
reply-version = 第 { $version } 版
reply-late = 截止日期后收到：列入增编
reply-language = 原文语言
reply-markdown-hint = 请用纯文本书写；支持 Markdown（标题、编号段落、列表、表格、脚注）。
reply-save = 保存此版本
reply-submit = 提交秘书处
reply-withdraw = 撤回
reply-publish = 发布
reply-saved = 已保存为第 { $version } 版。
reply-conflict-kept = 您的文本保留在下方表格中；每个不同的答复旁显示第 { $version } 版的内容，并标出您的修改。现在保存，将以您的文本覆盖第 { $version } 版。
reply-conflict-theirs = 其间保存的第 { $version } 版：
reply-conflict-compare = 您的文本与其逐词比较（删除线：您删去的内容；下划线：您增加的内容）
reply-conflict-save = 以我的文本覆盖第 { $version } 版并保存
reply-refused = 未执行：{ $reason }。未作任何更改。
refusal-stale_version = 未保存：您撰写期间，另一人保存了此答复（现为第 { $current } 版；您的修改基于第 { $yours } 版）。没有任何内容被覆盖。
refusal-step_not_allowed = 未执行：状态为“{ $status }”的答复不能{ $action }。未作任何更改。
refusal-cycle_closed = 未执行：本周期已结束，答复不能再保存或提交。
refusal-unknown_state = 未执行：{ $state } 不是会员国或观察员国的代码。
refusal-unknown_language = 未执行：“{ $given }”不是六种正式语文之一（ar、zh、en、fr、ru、es）。
refusal-duplicate_account = 未执行：电子邮件为 { $email } 的账户已存在。
refusal-unknown_account = 未执行：没有电子邮件为 { $email } 的账户。
refusal-unknown_cycle = 未执行：不存在周期 { $cycle }。
refusal-no_reply = 未执行：{ $state } 在周期 { $cycle } 中没有答复。
refusal-invalid_email = 未执行：“{ $given }”不是电子邮件地址（name@example.org）。未作任何更改。
refusal-role_outside_org = 未执行：“{ $role }”角色属于{ $holder ->
        [state] 国家
       *[other] 秘书处
    }，而不属于 { $org }。未作任何更改。
refusal-duplicate_cycle = 未执行：向第 { $session } 届会议报告的 { $resolution } 周期已存在（{ $cycle }）。未作任何更改。
refusal-cycle_resolution = 未执行：“{ $given }”不是大会决议文号；请写成 A/RES/76/19 这样的形式。未作任何更改。
refusal-cycle_session = 未执行：大会届会是 1 至 200 之间的数字，而不是 { $given }。未作任何更改。
refusal-cycle_date = 未执行：{ $field }“{ $given }”不是日期；请写成 YYYY-MM-DD。未作任何更改。
refusal-cycle_deadline_before_note = 未执行：截止日期 { $deadline } 早于普通照会日期 { $sent }。未作任何更改。
refusal-cycle_question_count = 未执行：一个周期至少提出一个问题，至多 20 个。未作任何更改。
refusal-cycle_question = 未执行：问题 { $label }：{ $detail }。未作任何更改。
refusal-cycle_note_verbale = 未执行：普通照会的编号为空。未作任何更改。
refusal-translation_of_original = 未执行：{ $state } 的答复原文即为 { $lang }。未作任何更改。
refusal-attachment_empty = 未附加：{ $name } 为空文件。未作任何更改。
refusal-attachment_too_large = 未附加：{ $name } 为 { $size } 字节，超过 { $limit } 字节（10 MiB）的上限。未作任何更改。
refusal-attachment_wrong_type = 未附加：只能附加 PDF 和 Word（.docx）文件；{ $name } 是 { $found }。未作任何更改。
refusal-attachment_name_mismatch = 未附加：{ $name } 是 { $actual } 文件，但文件名以 .{ $named } 结尾；请改为 .{ $expected }。未作任何更改。
refusal-attachment_bad_docx = 未附加：{ $name } 不是可读的 Word 文件。未作任何更改。
refusal-attachment_bad_name = 未附加：文件名须为 1 至 200 个字符，不含文件夹或控制字符（“{ $name }”）。未作任何更改。
refusal-attachment_too_many = 未附加：最多可附加 { $limit } 个文件；请先删除一个。未作任何更改。
refusal-required = 未执行：缺少{ $field }。未作任何更改。
refusal-out_of_range = 未执行：{ $field }应为 { $min } 至 { $max }，而不是 { $given }。未作任何更改。
refusal-not_a_number = 未执行：{ $field }应为整数，而不是“{ $given }”。未作任何更改。
refusal-not_one_of = 未执行：{ $field }应为 { $allowed } 之一，而不是“{ $given }”。未作任何更改。
refusal-not_a_date = 未执行：“{ $given }”不是日期（YYYY-MM-DD）。未作任何更改。
refusal-not_a_time = 未执行：{ $field }“{ $given }”不是时间（例如 2026-12-08T17:00:00Z）。未作任何更改。
refusal-time_passed = 未执行：{ $field } { $given } 已过。未作任何更改。
refusal-invalid = 未执行：{ $name }：{ $detail }。未作任何更改。
refusal-no_contact_in_scope = 未启动：本轮范围内没有已列入名录的联络人。未作任何更改。
refusal-unknown_contact = 未执行：{ $state } 没有已列入名录的联络人 { $id }。未作任何更改。
refusal-unknown_change = 未执行：没有变更 { $id }。未作任何更改。
refusal-already_decided = 未执行：变更 { $id } 已经{ $decision }。未作任何更改。
refusal-contact_unlisted = 未执行：联络人 { $id } 已不在名录中。未作任何更改。
refusal-message_not_taken = 未发送：其标识，或其所指的消息或会话，不是本账户可以使用的。未作任何更改。
refusal-write_to_self = 未发送：{ $state } 不能给自己发消息。未作任何更改。
refusal-thread_open = 未发送：该会话已开启；请以备注答复，而不是新的报告。未作任何更改。
refusal-no_one_to_reply = 未发送：该会话中没有其他可接收答复的人。未作任何更改。
refusal-not_a_person_of_contact = 未发送：{ $email } 不是 { $states } 在 Comity 中的联络点；TLP:RED 只发给能够登录的人员。未作任何更改。
refusal-no_listed_contact = 未发送：{ $state } 尚无列入名录的联络点；消息将无人接收。未作任何更改。
refusal-not_a_recipient = 未执行：{ $state } 未收到此消息；应由收件方确认收悉。未作任何更改。
refusal-not_the_author = 未附加：只有消息作者才能为其附加文件。未作任何更改。
refusal-marking_too_low = 未发送：对 { $replied } 消息的答复不能标为 { $reply }；请保留 { $replied } 或进一步限制。未作任何更改。
refusal-kind_mismatch = 未存储：{ $symbol } 记录为“{ $recorded }”，但此文本读作“{ $kind }”。未作任何更改。
refusal-too_many_paragraphs = 未存储：{ $symbol }（{ $lang }）有 { $count } 个段落；至多可存储 { $max } 个。未作任何更改。
refusal-no_symbol = 未存储：{ $source } 没有文件文号；请在文号一栏填写。未作任何更改。
refusal-backup_older_than_target = 未恢复：目标数据库的架构版本为 { $target }，而备份为 { $backup }；请恢复到新数据库。未作任何更改。
refusal-target_not_empty = 未恢复：目标数据库已有数据（表 { $table } 有 { $count } 行）；请恢复到新数据库。未作任何更改。
refusal-unknown_negotiation = 未完成：没有谈判 { $id }。
refusal-negotiation_name_taken = 未创建：名为 { $name } 的谈判已存在。未作任何更改。
refusal-negotiation_closed = 未完成：该谈判已通过或已结束，不能再就其案文提出、决定或记录任何事项。未作任何更改。
refusal-under_silence = 未提交：案文处于默许程序中，提案须待主席继续后再提。未作任何更改。
refusal-proposals_closed = 未提交：本修订稿的提案截止于 { $deadline }；主席可重新开放。未作任何更改。
refusal-not_in_revision = 未提交：所针对的段落不在现行修订稿（Rev.{ $revision }）中；请就该修订稿的案文提出。未作任何更改。
refusal-own_proposal = 未记录：一国不对本国提出或加入的提案表明立场。未作任何更改。
refusal-silence_broken_already = 未记录：{ $state } 已就此案文打破默许；每国只能打破一次。未作任何更改。
refusal-silence_ended = 未记录：默许程序已于 { $deadline } 结束。未作任何更改。
refusal-not_the_chair = 未完成：只有谈判主席或其支助人员可以这样做。未作任何更改。
refusal-unknown_proposal = 未完成：此谈判中没有提案 { $id }。未作任何更改。
refusal-field-account_name = 账户名称
refusal-field-round_title = 本轮的标题
refusal-field-rejection_reason = 拒绝理由（供该国阅读）
refusal-field-contact_details = 联络人的详细信息
refusal-field-contact_choice = 要更改或删除的联络人
refusal-field-token_name_length = 令牌名称的长度（字符数）
refusal-field-token_permissions = 令牌的至少一项权限
refusal-field-token_days = 令牌的有效天数
refusal-field-translation_text = 正式译文的文本（未就绪前请标为待定）
refusal-field-translation_status = 译文的状态
refusal-field-fetch_items = 要获取的语文版本数（至少一个文号和一种语文）
refusal-field-round_hours = 本轮时长（小时）
refusal-field-repeat_days = 两轮之间的天数
refusal-field-ack_channel = 确认的途径
refusal-field-contact_category = 联络人的类别
refusal-field-deadline = 截止时间
refusal-field-start = 开始时间
refusal-field-note_verbale_date = 普通照会日期
refusal-decision-verified = 核实
refusal-decision-rejected = 拒绝
refusal-action-save = 修改
refusal-action-submit = 提交
refusal-action-withdraw = 撤回
refusal-action-publish = 发布
reply-now-draft = 答复已退回草稿状态。
reply-now-submitted = 答复已提交秘书处。
reply-now-published = 答复已发布。
report-un = 联合国
report-ga = 大会
report-distribution = Distr.: General
report-session = 第{ $session }届会议
report-item = 临时项目表项目{ $item }
report-heading = 秘书长的报告
report-heading-addendum = 秘书长的报告：增编
report-introduction = 一. 导言
report-intro-invited = 大会在 { $date } 题为"{ $title }"的第 { $resolution } 号决议中，请所有会员国继续向秘书长通报其对下列问题的意见和评估：
report-intro-note-verbale = 根据这一请求，已于 { $date } 向会员国发出普通照会（{ $reference }），请其提供相关资料。收到的答复按原样载于下文第二节。截止日期后收到的答复将作为本报告的增编印发。
report-replies = 二. 从各国政府收到的答复
report-no-replies = 尚未收到任何答复。
report-original = 原件：{ $language }
report-untranslated = 按提交语文转载；无译文。
lang-name-ar = 阿拉伯文
lang-name-zh = 中文
lang-name-en = 英文
lang-name-fr = 法文
lang-name-ru = 俄文
lang-name-es = 西班牙文
views-intro = 各国已发布的致秘书长的答复，以及据此汇编的报告。
views-published = 已发布的答复
nav-views = 意见
mail-reminder-subject = 提醒：根据第 { $resolution } 号决议提交意见和评估
mail-reminder-body = { $name }：

    秘书处尚未收到贵国政府根据第 { $resolution } 号决议提交的答复（周期 { $cycle }）。{ $deadline } 之前收到的答复将列入报告；此后收到的答复将作为增编印发。

    可在 { $link } 准备并提交答复。
reply-versions-title = 版本比较

## The report in Word and its notes
report-as-received = 答复按收到时的原样转载，未经正式编辑；其中使用的名称为提交答复的政府所用名称。
report-translation-pending = 正在编写该语文译文；答复按提交语文转载。

## The introduction when the resolution is not in the record
report-intro-invited-bare = 大会在第 { $resolution } 号决议中邀请所有会员国继续向秘书长通报其对下列问题的看法和评估：

## The structured reply (after the National Survey of Implementation)
survey-status-label = 执行情况：
survey-measures-label = 措施类型：
survey-status-implemented = 已执行
survey-status-partly = 部分执行
survey-status-planned = 已计划
survey-status-not-started = 尚未开始
survey-status-not-applicable = 不适用
survey-measure-legislation = 立法
survey-measure-policy = 政策或战略
survey-measure-institution = 机构
survey-measure-cooperation = 国际合作
survey-measure-capacity-building = 能力建设
survey-measure-other = 其他
survey-list-measures = 已采取的措施
survey-list-challenges = 挑战
survey-list-needs = 能力需求
survey-title = 结构化答复（可选）
survey-hint = 以国家执行情况调查为蓝本：每项规范的执行程度和措施类型，并附评论；每一部分已采取的措施、挑战和能力需求。所有问题均非必答。
survey-comments = 评论
survey-not-answered = 未作答

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = 答复已公布的国家（按周期）
views-chart-norms = 就每项规范作出报告的国家
views-chart-statuses = 各国报告的执行情况
views-by-state = { $state }的看法和评估
views-by-element = 各国报告的内容：{ $element }
views-states-reporting = 作出报告的国家：{ $count }
views-none-state = 该国的答复尚未公布。
views-none-element = 尚无已公布的答复涉及此要素。
views-open-data = 全部已公布答复（开放数据）
views-download-docx = 报告（Word 文件）
views-by-state-title = 按国家分列的答复
views-by-element-title = 按框架要素分列的答复
views-count = 数目
csv-column-cycle = 周期
csv-column-state = 国家代码
csv-column-state-name = 国家
csv-column-original-language = 原文语言
csv-column-date = 日期
csv-column-late = 逾期
csv-column-question = 问题
csv-column-answer = 答复

## Attachments and translations of a reply
reply-attachments = 附件
reply-attach = 附加
reply-attach-hint = PDF 或 Word（.docx），每个不超过 10 MiB，每份答复最多 10 个。
reply-attach-file = 文件
reply-attached = 已附加 { $name }。
reply-detached = 附件已删除。
reply-remove = 删除
reply-translations = 译文
reply-translation-outdated = 依据较早版本翻译
reply-translation-add = 附加译文
reply-translation-into = 译成
reply-translation-status = 状态
reply-translation-saved = 译文已保存。
translation-status-official = 正式译文
translation-status-pending = 译文待定
translation-status-original = 原文

## The Secretariat's view of a cycle
cycle-overview-title = 对 { $resolution } 号决议的答复
cycle-overview-link = 全部答复
cycle-overview-counts = 草稿：{ $draft } · 已提交：{ $submitted } · 已公布：{ $published }
cycle-column-state = 国家
cycle-column-submitted = 提交日期

## The Points of Contact directory
contacts-title = 联络点名录
contacts-intro = 全球政府间联络点名录：各国的外交和技术联络人。保密：从不公开。
contacts-not-yet = 贵国的一个联络点经名录管理员核实后，贵国用户即可查看名录。
contacts-category = 类别
contacts-category-diplomatic = 外交
contacts-category-technical = 技术
contacts-name = 姓名
contacts-position = 职务
contacts-institution = 机构
contacts-emails = 电子邮件地址
contacts-phones = 电话号码
contacts-languages = 工作语言
contacts-hours = 工作时间
contacts-time-zone = 时区
contacts-openpgp = OpenPGP 公钥（可选）
contacts-list-hint = 多项：每行一项，或以分号分隔。语言用两个字母的代码（en、fr、ar）。
contacts-own-title = { $state }的联络点
contacts-nominate = 提名联络点
contacts-nominated = 提名待名录管理员核实。
contacts-remove = 申请删除
contacts-removal-asked = 删除申请待名录管理员核实。
contacts-changes-title = 待核实的变更
contacts-verify = 核实
contacts-reject = 拒绝
contacts-reason = 理由（该国可见）
contacts-decided = 已完成：该变更{ $status }。
contacts-history = 提名、变更和删除
contacts-kind-nominate = 提名
contacts-kind-change = 变更
contacts-kind-remove = 删除
contacts-status-pending = 待定
contacts-status-verified = 已核实
contacts-status-rejected = 已拒绝
contacts-export = 导出（CSV）
contacts-none = 尚无联络点。
contacts-queue-more = 显示 { $total } 项待处理变更中最早的 { $shown } 项；处理完毕后将显示后续变更。
contacts-state = 国家

## Communication checks
check-mail-subject = 联络点名录：请于 { $deadline } 前确认收到本次核查
check-mail-body =
    { $name }，您好：
    
    全球政府间联络点名录管理员正在核查能否联系到各联络点。请于 { $deadline }（UTC）前打开以下仅可使用一次的个人链接确认：
    
    { $link }
    
    谢谢。
ack-title = 通信核查
ack-confirm = 确认收到
ack-explain = 请确认您已收到本次核查。仅打开链接不会记录任何内容。
ack-recorded = 谢谢：您的确认已记录。
ack-already = 此链接已使用过；以第一次确认为准。
ack-expired = 本次核查的截止时间已过；未作任何记录。
ack-unknown = 此链接无效。请使用最近一封核查邮件中的链接。
checks-title = 通信核查
checks-start = 对所有已列联络点发起核查
checks-round-title = 标题
checks-deadline = 截止时间（UTC）
checks-started = 已发起：已询问 { $count } 个联络点；邮件正在发送。
checks-asked = 已询问
checks-acknowledged = 已确认
checks-rate = 答复率
checks-median = 中位时间
checks-p90 = 第 90 百分位
checks-overall = 所有联络点
checks-no-answer = 未答复
checks-chart = 各联络点确认所用分钟数

## A State's own check results
checks-own-title = { $state }的通信核查
checks-none = 尚无核查询问过该国联络点。

## Bounced check mail
checks-bounced = 邮件被退回

## Check reminders
check-reminder-subject = 提醒：请于 { $deadline } 前确认收到本次核查

## Messages between States (requests, notifications, replies)
messages-title = 国家间消息
messages-for = { $state } 的请求、通知和答复，按其 TLP 标记显示。
messages-none = 尚无消息。
message-new = 致函另一国家
message-from = 发件国
message-from-state = 来自 { $state }
message-last = 最新（UTC）
message-sent = 发送时间（UTC）
message-awaits = 待确认
message-acknowledged-at = 已确认于
message-deadline = 期限
message-acknowledge = 确认收到
message-acknowledged = 已代表贵国确认收到。
message-acknowledged-before = 贵国此前已确认收到此消息。
message-reply = 答复
message-send = 发送
message-window = 时间窗口（UTC）
message-privacy = 收件方联络人只会通过邮件得知有消息待阅，邮件不含内容；须登录后在此阅读。
message-named-hint = 仅限 TLP:RED：收件人的电子邮件地址，以逗号分隔；其他任何人（包括其同事）均不能阅读。
message-choose = 请从所列选项中选择一项
message-gone = 您所答复的消息不（或不再）对您开放。
message-field-error = { $field }：{ $message }
message-field-kind = 类型
message-field-recipients = 收件国
message-field-subject = 主题
message-field-sector = 受影响的关键基础设施部门
message-field-window_start = 起（UTC）
message-field-window_end = 止（UTC）
message-field-urgency = 紧急程度
message-field-tlp = TLP 标记
message-field-elements = 相关框架要素
message-field-named = 指名收件人
message-field-body = 正文
message-sector-none = 无

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = 通知
message-kind-request_information = 信息请求
message-kind-request_assistance = 援助请求
message-kind-reply = 答复
message-urgency-low = 低（72 小时内确认）
message-urgency-medium = 中（24 小时）
message-urgency-high = 高（4 小时）
message-urgency-critical = 危急（1 小时）
message-tlp-clear = TLP:CLEAR — 可不受限制地分享
message-tlp-green = TLP:GREEN — 限于社群内
message-tlp-amber = TLP:AMBER — 收件国的组织内，按需知悉
message-tlp-amber-strict = TLP:AMBER+STRICT — 仅限收件国的联络点
message-tlp-red = TLP:RED — 仅限指名人员
message-sector-energy = 能源
message-sector-water = 水务
message-sector-health = 卫生
message-sector-finance = 金融
message-sector-transport = 交通运输
message-sector-telecommunications = 电信
message-sector-digital_infrastructure = 数字基础设施
message-sector-government = 政府
message-sector-emergency_services = 应急服务
message-sector-food = 粮食
message-sector-elections = 选举
message-sector-other = 其他
messages-escalated-title = 未按时确认的消息
messages-escalated-intro = 技术联络人和外交联络人均未按时确认这些消息。此处仅显示发件方和收件方，不显示内容。
messages-escalated-none = 所有消息均已按时确认。
message-mail-subject = 来自 { $state } 的{ $kind }（{ $urgency }，{ $tlp }）
message-mail-escalated-subject = 尚未确认：来自 { $state } 的{ $kind }（{ $tlp }）
message-mail-body = { $name }：
    
    { $state } 已通过联络点名录向贵国发送一条消息：{ $kind }，紧急程度{ $urgency }，标记为 { $tlp }。
    请于 UTC { $deadline } 前登录阅读并确认收到：
    
    { $link }
    
    本邮件不含消息内容。

## Permission to exchange messages (token scopes)
permission-exchange_messages = 与其他国家交换消息（门户和 TAXII）

## Round reports and scheduled rounds
checks-started-at = 开始时间（UTC）
checks-summary = 回复情况
checks-median-minutes = 中位用时
checks-p90-minutes = 第 90 百分位用时
checks-by-contact = 各联络人的回复
checks-answer = 确认用时
checks-report-docx = 报告（Word）
checks-report-html = 报告（网页）
checks-schedule = 安排一轮检查
checks-start-at = 开始时间（UTC）
checks-window-hours = 答复时限（小时）
checks-every-days = 每隔几天重复（留空：仅一次）
checks-schedules = 已安排的检查
checks-scheduled = 已安排：服务器将于 { $at } 开始。
checks-once = 一次
checks-every = 每 { $days } 天
checks-unschedule = 停止
checks-unscheduled = 已停止该安排；已开始的检查保留。
checks-history = 历次可靠性

## Communication checks waiting for the signed-in contact
checks-pending = 等待您确认的通信检查

## UNSD M49 regions (check statistics by region)
region-002 = 非洲
region-019 = 美洲
region-142 = 亚洲
region-150 = 欧洲
region-009 = 大洋洲

## Attachments of messages between States
message-attach = 为您的消息附加文件（PDF 或 Word，最大 10 MB）
message-attach-send = 附加
draft-found = 此浏览器保留了您在此处输入但未发送的文本，时间：
draft-restore = 恢复
draft-discard = 放弃
cycle-waiting-title = { $count } 个会员国尚未提交答复
cycle-remind = 立即提醒其协调人
cycle-reminded = 已向 { $count } 位协调人发送提醒。

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = 检索记录
site-search-placeholder = 检索文件、规范、答复、国家
site-search-button = 检索
nav-role-label = 您的工作
nav-for-state = { $link }（{ $state }）
nav-own-reply = 本国答复
nav-own-contacts = 本国联络点
nav-own-checks = 本国通信检查
nav-own-users = 本国用户
nav-messages = 消息
nav-checks-to-acknowledge = 待确认的检查
nav-cycles = 报告周期
nav-checks = 通信检查
nav-directory = 联络点名录
nav-queue = 待核实的更改
nav-audit = 审计记录
nav-fetches = 正式文件系统下载
checks-none-pending = 没有等待您确认的通信检查。

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a }秒
duration-minutes = { $a }分{ $b }秒
duration-hours = { $a }小时{ $b }分
duration-days = { $a }天{ $b }小时

## The mail outbox
outbox-title = 发件箱
outbox-intro = Comity 发出的每封邮件都从这里发出：排队中、中继服务器暂时拒收时按递增间隔重试、已发送，或地址不存在时被退回。邮件正文含一次性链接，不予显示。
outbox-intro-demo = 本演示将邮件投递到本机上它自己的邮箱：每封邮件连同链接完整显示，以便将通信检查、邀请和密码重置一直走到最后。
outbox-intro-no-relay = 尚未配置邮件中继服务器（smtp_relay）：邮件在此等待，直至配置为止。
outbox-status-queued = 排队中
outbox-status-retrying = 待重试
outbox-status-sent = 已发送
outbox-status-bounced = 已退回
outbox-oldest-unsent = 最早的未发送邮件
outbox-empty = 尚未发送任何邮件。
outbox-sent-at = 发送时间
outbox-next-attempt = 下次尝试
outbox-attempts = 已尝试 { $count } 次
nav-outbox = 发件箱

## Negotiations: the compilation text's own words
negotiation-compilation-title = 关于{ $revision }的提案汇编
negotiation-zero-draft = 零稿
negotiation-proposed-by = 提出方：{ $proposer }
negotiation-co-sponsors = 共同提案方：{ $states }
negotiation-late = 逾期
negotiation-withdrawn = 已撤回
negotiation-delete = 删除该段
negotiation-move-after = 移至第{ $label }段之后
negotiation-move-first = 移至开头
negotiation-add-after = 在其后增加一段
negotiation-comment = 评论
stance-support = 支持
stance-oppose = 反对
stance-can_live_with = 可以接受
stance-reserve = 保留

## Negotiations: pages
negotiations-title = 谈判
negotiations-intro = 正在谈判的成果案文：每一修订稿及各国就其提出的提案和所持立场。
negotiations-empty = 没有您可以阅读的谈判。
negotiations-col-title = 案文
negotiations-col-process = 进程
negotiations-col-stage = 阶段
negotiations-col-revision = 修订稿
negotiation-stage-open = 接受提案
negotiation-stage-silence = 默许程序中
negotiation-stage-adopted = 已通过
negotiation-stage-closed = 已结束
negotiation-deadline = 提案截止
negotiation-proposals = 显示的提案
negotiation-filter-paragraph = 段落（位置）
negotiation-filter-state = 国家（ISO代码）
negotiation-filter-apply = 显示
negotiation-download-docx = 下载带修订标记的Word版汇编
