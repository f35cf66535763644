site-name = Comity
site-tagline = سلوك الدول المسؤول في استخدام تكنولوجيا المعلومات والاتصالات: الوثائق والإطار والتقارير وجهات الاتصال
skip-to-content = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-states = الدول
nav-framework = الإطار
language-switcher-label = اللغة
footer-text = Comity برمجية مفتوحة المصدر لإطار الأمم المتحدة لسلوك الدول المسؤول في استخدام تكنولوجيا المعلومات والاتصالات.
footer-api = واجهة JSON البرمجية
footer-openapi = وثيقة OpenAPI

home-title = سلوك الدول المسؤول في استخدام تكنولوجيا المعلومات والاتصالات
home-intro = سجل بند جدول أعمال الجمعية العامة المتعلق بالتطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي، باللغات الرسمية الست.
home-states-link = الدول الأعضاء والدول المراقبة ({ $count })
home-framework-link = الإطار المعياري: الركائز والقواعد والمبادئ

states-title = الدول الأعضاء والدول المراقبة
states-intro = الدول الأعضاء في الأمم المتحدة البالغ عددها 193 دولة والدولتان المراقبتان غير العضوين، بأسمائها المختصرة والرسمية باللغات الرسمية الست.
states-filter-label = التصفية حسب الاسم أو الرمز
states-filter-button = تصفية
states-order-label = الترتيب
states-order-language = أبجدي بهذه اللغة
states-order-un = ترتيب الأمم المتحدة (الأسماء المختصرة بالإنكليزية)
states-count =
    { $count ->
        [zero] لا توجد دول
        [one] دولة واحدة
        [two] دولتان
        [few] { $count } دول
        [many] { $count } دولة
       *[other] { $count } دولة
    }
states-none-match = لا توجد دولة تطابق «{ $query }».
states-column-name = الاسم
states-column-formal = الاسم الرسمي
states-column-codes = الرموز
states-column-status = المركز
state-status-member = دولة عضو
state-status-observer = دولة مراقبة غير عضو

state-names-heading = الأسماء باللغات الرسمية
state-column-language = اللغة
state-column-short = الاسم المختصر
state-column-formal = الاسم الرسمي
state-codes-heading = الرموز
state-admitted-on = تاريخ القبول في الأمم المتحدة
state-observer-since = دولة مراقبة منذ
state-back = جميع الدول
states-region-label = المنطقة
states-region-any = جميع المناطق
state-replies-heading = الردود المنشورة بشأن التطورات في ميدان المعلومات والاتصالات
state-replies-none = لم يُنشر أي رد لهذه الدولة بعد.
state-session = الدورة { $session }
state-sponsored-heading = المشاريع والقرارات التي قدمتها
state-sponsored-none = لا يذكر السجل هذه الدولة مقدِّمةً لأي وثيقة.
state-contacts-heading = جهات الاتصال
state-contact-verified = مدرجة، جرى التحقق منها في
state-contact-missing = لا توجد جهة مدرجة
state-checks-heading = عمليات التحقق من الاتصال
state-checks-none = لم تُشمل جهات الاتصال التابعة لهذه الدولة بأي عملية تحقق بعد.
state-checks-answered = أكدت { $acknowledged } من أصل { $asked }

framework-title = الإطار المعياري
framework-intro = إطار سلوك الدول المسؤول في استخدام تكنولوجيا المعلومات والاتصالات: ركائزه، والقواعد الطوعية الإحدى عشرة، ومبادئ بناء القدرات. ويحيل كل عنصر إلى الفقرة التي يرد فيها نصه الرسمي.
framework-version = الإصدار { $version }
framework-kind-pillar = ركيزة
framework-kind-norm = قاعدة
framework-kind-capacity_building_principle = مبدأ من مبادئ بناء القدرات
framework-norm-letter = القاعدة ({ $letter })
framework-refs-heading = موضع النص الرسمي
framework-ref = { $symbol }، { $locator }
locator-para = الفقرة
locator-section = الفرع
locator-item = البند
framework-text-missing = لا يُعرض النص الرسمي: الوثيقة { $symbol } غير موجودة في السجل بعد.
framework-text-not-located = لم يُعثر على { $locator } في الوثيقة { $symbol } بصيغتها المحفوظة في السجل.
framework-children-heading = العناصر المندرجة في هذه الركيزة
framework-parent = جزء من
framework-column-title = العنوان
framework-titles-heading = العنوان باللغات الرسمية
framework-back = الإطار كاملا
framework-reported-heading = ما أفادت به الدول بشأنه
framework-reported-all = الاطلاع على ما أفادت به كل دولة
framework-citing-heading = الوثائق التي تستشهد بنصه
framework-citing-none = لا توجد في السجل بعد وثيقة تستشهد بهذا النص.
cb-group-process_and_purpose = العملية والغرض
cb-group-partnerships = الشراكات
cb-group-people = الأشخاص

error-not-found-title = الصفحة غير موجودة
error-not-found-text = لا توجد صفحة في هذا العنوان. تحقق من العنوان أو ابدأ من جديد من الصفحة الرئيسية.
error-internal-title = حدث خطأ
error-internal-text = تعذر على الخادم إتمام هذا الطلب. وقد سُجل الخطأ؛ يرجى المحاولة لاحقا.
error-bad-request-title = تعذر فهم الطلب

nav-documents = الوثائق
documents-title = وثائق بند جدول الأعمال
documents-intro = القرارات والمقررات والمشاريع والتقارير المتعلقة بهذا البند المحفوظة في هذا السجل، باللغات الرسمية التي أُدخلت بها.
documents-empty = لم تُدخل أي وثائق بعد.
documents-column-symbol = الرمز
documents-column-kind = النوع
documents-column-session = الدورة
documents-column-languages = اللغات
documents-column-title = العنوان
kind-resolution = قرار
kind-draft_resolution = مشروع قرار
kind-decision = مقرر
kind-draft_decision = مشروع مقرر
kind-report = تقرير
kind-other = وثيقة
document-back = جميع الوثائق
document-versions = الصيغ اللغوية
document-compare-label = العرض جنبا إلى جنب مع
document-compare-none = لغة واحدة فقط
document-compare-button = عرض
document-not-in-language = هذه الوثيقة غير متاحة بهذه اللغة؛ وهي معروضة باللغة { $language }.
document-preamble = الديباجة
document-operative = المنطوق
document-footnotes = الحواشي
document-sponsors = مقدمو المشروع
document-adopted-on = تاريخ الاعتماد
document-cites = تستشهد بـ
document-cited-by = يستشهد بها
document-missing = غير موجودة في السجل
document-warnings = ما يبدو خطأً في هذه القراءة (لتتحقق منه الأمانة العامة مقابل النص الرسمي)
document-warning-numbering_gap = تأتي الفقرة { $at } من المنطوق حيث كان يُنتظر الفقرة { $expected }.
document-warning-items_skip = يلي { $at } البند { $expected }: ثمة بند فرعي ناقص.
document-warning-footnote_unmarked = ليس للحاشية { $at } إشارة في النص.
document-warning-sponsor_unresolved = مقدم المشروع ”{ $at }“ لا يسمي أي دولة.
document-warning-lines_unplaced = تعذر وضع { $at } من الأسطر (الأسطر { $expected }).
permission-keep_record = إدارة سجل الوثائق
fetches-title = جلب الوثائق من نظام الوثائق الرسمية
fetches-link = جلب الوثائق من نظام الوثائق الرسمية
fetches-intro = اكتب رموز الوثائق، رمزًا في كل سطر أو مفصولة بمسافات، واختر اللغات المطلوبة. تُنزَّل كل نسخة لغوية بصيغة PDF الرسمية وتُقرأ وتُضاف إلى السجل في الخلفية؛ وتبيّن صفحة الجلب ما أُنجز منه.
fetches-symbols = رموز الوثائق
fetches-languages = اللغات
fetches-start = جلب
fetches-recent = عمليات الجلب الأخيرة
fetches-requested = وقت الطلب
fetches-progress = أُنجزت { $done } من { $total } نسخة لغوية
fetches-refused-count = رُفضت { $count }
fetches-finished = انتهى
fetches-running = جارٍ: تتحدث هذه الصفحة تلقائيًا كل بضع ثوانٍ.
fetches-bad-symbol = ليست هذه رموز وثائق: { $symbols }. يكون الرمز على شكل A/RES/76/19 أو A/C.1/76/L.13.
fetches-no-symbol = اكتب رمز وثيقة واحدًا على الأقل.
fetches-no-language = اختر لغة واحدة على الأقل.
fetches-too-many = الحد الأقصى { $max } نسخة لغوية في المرة الواحدة؛ وقد طُلبت { $count }. قسّم القائمة.
fetch-symbol = الرمز
fetch-language = اللغة
fetch-outcome = النتيجة
fetch-outcome-waiting = في الانتظار
fetch-outcome-stored = أُضيفت إلى السجل
fetch-outcome-updated = حُدّثت
fetch-outcome-unchanged = دون تغيير
fetch-outcome-refused = رُفضت
fetch-warnings-count = مواضع تحتاج إلى تحقق: { $count }
fetch-failed-bad-symbol = هذا ليس رمز وثيقة.
fetch-failed-not-found = ليس في نظام الوثائق الرسمية نسخة من هذه الوثيقة بهذه اللغة.
fetch-failed-redirect-loop = إعادات التوجيه من الخادم تدور في حلقة.
fetch-failed-web-page = ردّ الخادم بصفحة ويب بدلًا من ملف PDF؛ تحقق من الرمز.
fetch-failed-not-pdf = ردّ الخادم ليس ملف PDF.
fetch-failed-server-status = رفض الخادم التنزيل.
fetch-failed-unreachable = تعذر الوصول إلى الخادم؛ أعد المحاولة لاحقًا.
fetch-failed-broke-off = انقطع التنزيل؛ أعد المحاولة لاحقًا.
fetch-failed-pdf-encrypted = ملف PDF مشفّر.
fetch-failed-pdf-no-text = ليس لملف PDF طبقة نصية (أهو مسح ضوئي؟).
fetch-failed-pdf-truncated = ملف PDF منقوص.
fetch-failed-pdf-damaged = ملف PDF تالف.
fetch-failed-symbol-mismatch = يحمل ملف PDF رمز وثيقة أخرى.
fetch-failed-no-structure = لم يُعثر على بنية وثيقة في نص ملف PDF.
document-lineage = التسلسل
document-no-citations = لا توجد استشهادات.

nav-search = البحث
search-title = البحث في السجل
search-label = الكلمات المراد البحث عنها
search-button = بحث
search-language-label = لغة الفقرات
search-any-language = أي لغة
search-results = { $count ->
        [zero] لا توجد فقرات
        [one] فقرة واحدة
        [two] فقرتان
        [few] { $count } فقرات
        [many] { $count } فقرة
       *[other] { $count } فقرة
    }
search-none = لا توجد فقرة تتضمن كل هذه الكلمات.
search-facet-kind = حسب النوع
search-facet-session = حسب الدورة
search-facet-language = حسب اللغة
search-clear-filters = جميع الوثائق
search-results-more = أكثر من { $count } فقرة
search-group-states = الدول
search-group-framework = الإطار
search-group-documents = عناوين الوثائق
search-group-replies = الردود المنشورة
search-group-paragraphs = فقرات السجل
search-found-reply = { $state }: رد بموجب القرار { $resolution }
search-sort = الترتيب:
search-sort-relevance = الأكثر صلة أولاً
search-sort-newest = الأحدث أولاً
home-search-label = البحث في الوثائق والقواعد والردود المنشورة والدول
diff-title = مقارنة وثيقتين
diff-intro = فقرة فقرة: ما أضيف أو حذف أو نقل أو عدل، مع تمييز الكلمات المعدلة.
diff-old = الوثيقة السابقة
diff-new = الوثيقة اللاحقة
diff-button = قارن
diff-choose-two = اختر وثيقتين من السجل لمقارنتهما.
diff-column-change = التغيير
diff-column-text = النص
diff-change-same = دون تغيير
diff-change-changed = معدلة
diff-change-moved = منقولة
diff-change-added = مضافة
diff-change-removed = محذوفة
diff-change-aligned = الموضع نفسه
diff-across-languages = لا تشترك هاتان الوثيقتان في أي لغة: وُضعت فقراتهما جنباً إلى جنب بحسب موضعها ({ $old } و{ $new })، دون مقارنة كلمة بكلمة.
diff-column-place = الموضع
diff-count-changed = { $count ->
        [zero] لا توجد فقرات معدلة
        [one] فقرة واحدة معدلة
        [two] فقرتان معدلتان
        [few] { $count } فقرات معدلة
        [many] { $count } فقرة معدلة
       *[other] { $count } فقرة معدلة
    }
diff-count-added = المضافة: { $count }
diff-count-removed = المحذوفة: { $count }
diff-count-moved = المنقولة: { $count }
document-compare-other = قارن بوثيقة أخرى
document-agenda-history = بند جدول الأعمال عبر الدورات
document-agenda-session = الدورة { $session }: البند { $number }
nav-account = الحساب
sign-in-title = تسجيل الدخول
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-button = دخول
sign-in-invitation-only = لا تُنشأ الحسابات إلا بدعوة: تدعو الأمانة العامة جهة التنسيق في كل دولة، وتدعو جهة التنسيق سائر مستخدمي الدولة.
sign-in-code-intro = أدخل الرمز المكون من ستة أرقام من تطبيق المصادقة.
sign-in-code = الرمز
sign-in-confirm = تأكيد
sign-in-recovery-hint = هل فقدت جهازك؟ أدخل بدلا من ذلك أحد رموز الاسترداد (مثل 12345-67890).
sign-in-enrol-intro = يلزم لكل حساب ذي دور عامل ثان. أعدّ الآن تطبيق مصادقة؛ وسيُطلب منك رمزه عند كل تسجيل دخول.
sign-in-enrol-secret = أضف هذا المفتاح إلى تطبيق المصادقة، ثم أدخل الرمز الذي يعرضه:
sign-in-enrol-qr = رمز الاستجابة السريعة لإعداد تطبيق المصادقة
sign-in-enrol-qr-caption = امسح هذا الرمز بتطبيق المصادقة، أو اكتب المفتاح أدناه.
sign-in-enrol-link = افتح في تطبيق مصادقة على هذا الجهاز
sign-in-throttled = محاولات كثيرة جدا. انتظر خمس عشرة دقيقة قبل المحاولة مرة أخرى.
sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-code-failed = لم يُقبل هذا الرمز. تتغير الرموز كل 30 ثانية ولا يصلح كل رمز إلا مرة واحدة.
form-unknown-field = أرسل النموذج حقلا لا تعرفه هذه الصفحة: { $field }. لم يُغيَّر شيء.
recovery-title = رموز الاسترداد الخاصة بك
recovery-intro = احفظ هذه الرموز في مكان آمن بعيدا عن جهازك. يتيح لك كل رمز تسجيل الدخول مرة واحدة إن فقدت تطبيق المصادقة. ولا تُعرض إلا الآن.
recovery-continue = لقد حفظتها؛ متابعة
account-title = حسابك
account-roles = الأدوار
account-no-roles = لا أدوار: لا يتصرف هذا الحساب باسم أي منظمة.
account-sessions = الجلسات المفتوحة
account-session-started = بدأت
account-session-last-seen = آخر استخدام
account-session-from = من
account-session-current = هذه الجلسة
account-end-all = تسجيل الخروج من كل مكان
sign-out-button = تسجيل الخروج
token-title = رموز الواجهة البرمجية
token-intro = للبرامج النصية، وسطر الأوامر مع هذا الخادم، وعملاء TAXII. لا يستطيع الرمز إلا ما اخترته له مما تسمح به أدوارك، حتى تنتهي صلاحيته أو تلغيه.
token-none = لا توجد رموز بعد.
token-name = الاسم
token-scopes = مسموح له بـ
token-created = أنشئ
token-expires = ينتهي
token-revoked = أُلغي
token-revoke = إلغاء
token-days = مدة الصلاحية (بالأيام)
token-create = إنشاء رمز
token-shown-once = انسخ هذا الرمز الآن: فهو لا يُعرض إلا مرة واحدة ولا يمكن قراءته مرة أخرى.
token-scope-not-held = لا يمكن منح الرمز إلا صلاحيات تمنحها أدوارك. لم يُنشأ شيء.
token-invalid = يحتاج الرمز إلى اسم (حتى 100 حرف)، وصلاحية واحدة على الأقل، ومدة من 1 إلى 366 يوما. لم يُنشأ شيء.
org-users-title = المستخدمون
org-audit-title = سجل التدقيق
org-audit-intro = كل تغيير يخص هذه المنظمة، الأحدث أولا. كل قيد مربوط بالقيد الذي قبله؛ ويثبت الأمر `comity audit verify` أنه لم يُعدَّل شيء ولم يُحذف ولم يُدرج.
account-name = الاسم
account-status = الحالة
account-disabled = معطل
account-active = نشط
audit-when = متى
audit-who = من
audit-what = ماذا
audit-object = على
audit-details = التغييرات
org-secretariat = الأمانة العامة
error-forbidden-title = غير مسموح
error-forbidden-text = لا يسمح أي من أدوارك بذلك. إن احتجت إليه، فاسأل جهة التنسيق أو الأمانة العامة.
role-focal_point = جهة التنسيق
role-drafter = محرر
role-approver = معتمِد
role-poc_diplomatic = جهة اتصال دبلوماسية
role-poc_technical = جهة اتصال تقنية
role-admin = مسؤول الإدارة
role-report_editor = محرر التقرير
role-directory_manager = مدير الدليل
role-negotiator = مفاوض
permission-read_public = قراءة البيانات العامة
permission-manage_accounts = إدارة الحسابات
permission-manage_state_users = إدارة مستخدمي الدولة
permission-list_users = عرض المستخدمين
permission-draft_submission = صياغة المساهمات
permission-approve_submission = اعتماد المساهمات
permission-read_state_submissions = قراءة مساهمات الدولة
permission-edit_report = تحرير التقرير
permission-nominate_poc = تسمية جهات الاتصال
permission-read_directory = الاطلاع على الدليل
permission-manage_directory = إدارة الدليل
permission-read_audit = الاطلاع على سجل التدقيق
permission-manage_own_tokens = إدارة الرموز الخاصة
permission-read_own_account = الاطلاع على الحساب الخاص
permission-negotiate = التفاوض على النصوص باسم الدولة (المقترحات والمواقف وإجراء الصمت)
permission-read_negotiations = الاطلاع على النصوص قيد التفاوض
permission-manage_negotiations = إدارة المفاوضات
welcome-title = اختر كلمة المرور
welcome-intro = مرحبا، { $name }. اختر كلمة مرور من 12 حرفا على الأقل؛ ثم تسجّل الدخول وتعدّ العامل الثاني.
welcome-password = كلمة المرور الجديدة
welcome-confirm = كلمة المرور نفسها مرة أخرى
welcome-button = حفظ كلمة المرور
welcome-mismatch = كلمتا المرور مختلفتان. لم يُغيَّر شيء.
welcome-too-short = { $count ->
        [zero] يجب أن تتألف كلمة المرور من { $count } حرف على الأقل. لم يُغيَّر شيء.
        [one] يجب أن تتألف كلمة المرور من حرف واحد على الأقل. لم يُغيَّر شيء.
        [two] يجب أن تتألف كلمة المرور من حرفين على الأقل. لم يُغيَّر شيء.
        [few] يجب أن تتألف كلمة المرور من { $count } أحرف على الأقل. لم يُغيَّر شيء.
        [many] يجب أن تتألف كلمة المرور من { $count } حرفا على الأقل. لم يُغيَّر شيء.
       *[other] يجب أن تتألف كلمة المرور من { $count } حرف على الأقل. لم يُغيَّر شيء.
    }
welcome-too-long = كلمة المرور طويلة جدا (256 حرفا على الأكثر). لم يُغيَّر شيء.
welcome-link-unknown = هذا الرابط غير صالح. اطلب رابطا جديدا.
welcome-link-used = استُخدم هذا الرابط من قبل: لا يصلح كل رابط إلا مرة واحدة. سجّل الدخول أو اطلب رابطا جديدا.
welcome-link-expired = انتهت صلاحية هذا الرابط. اطلب رابطا جديدا.
reset-title = إعادة تعيين كلمة المرور
reset-intro = أدخل عنوان حسابك؛ وسيُرسل إليه رابط لاختيار كلمة مرور جديدة. ويصلح الرابط مرة واحدة لمدة ساعة.
reset-button = إرسال الرابط
reset-sent = إن كان هذا العنوان لحساب ما، فقد أُرسل إليه رابط.
reset-link = هل نسيت كلمة المرور؟
invite-title = دعوة شخص
invite-button = إرسال الدعوة
invite-sent = أُرسلت دعوة إلى { $email }.
invite-lang = لغته
invite-role = الدور
invite-bad-role = لا يمكن منح هذا الدور هنا: تدعو الأمانة العامة جهات التنسيق في الدول، وكل دور يخص دولة أو الأمانة العامة. لم يُغيَّر شيء.
invite-refused = لم تُرسل الدعوة: { $reason }. لم يُغيَّر شيء.
mail-not-configured = البريد غير مهيأ على هذا الخادم (smtp_relay)، فلا يمكن إرسال أي رابط. لم يُغيَّر شيء.
mail-failed = أُنشئ الحساب، لكن مرحّل البريد لم يقبل الدعوة؛ أعد إرسالها من سطر الأوامر (comity users invite).
mail-invitation-subject = دعوتك إلى Comity
mail-invitation-body = السيد/السيدة { $name }،

    لقد دُعيت إلى Comity باسم { $org }. اختر كلمة المرور من هنا (يصلح الرابط مرة واحدة خلال سبعة أيام):

    { $link }

    إن لم تكن تنتظر هذه الدعوة، فيمكنك تجاهل هذه الرسالة.
mail-reset-subject = إعادة تعيين كلمة مرور Comity
mail-reset-body = السيد/السيدة { $name }،

    طلب أحدهم إعادة تعيين كلمة مرور حسابك في Comity. اختر كلمة جديدة من هنا (يصلح الرابط مرة واحدة خلال ساعة):

    { $link }

    إن لم تكن أنت صاحب الطلب، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
passkey-title = مفاتيح المرور
passkey-intro = يمكن لمفتاح مرور على هذا الجهاز أو لمفتاح أمان أن يحل محل رمز تطبيق المصادقة عند تسجيل الدخول.
passkey-none-yet = لا توجد مفاتيح مرور بعد.
passkey-name = اسم مفتاح المرور
passkey-add = إضافة مفتاح مرور
passkey-sign-in = استخدم مفتاح مرور بدلا من ذلك
passkey-needs-script = تتطلب إضافة مفتاح مرور تفعيل JavaScript في هذا المتصفح؛ ويعمل كل ما سوى ذلك من دونه.
passkey-failed = لم يُقبل مفتاح المرور.
passkey-none = ليس لهذا الحساب مفتاح مرور؛ أدخل الرمز من تطبيق المصادقة.
passkey-unavailable = مفاتيح المرور غير متاحة هنا: يجب أن يكون العنوان العام لهذا الخادم اسم مضيف (public_url).
audit-whole = السجل كاملا
error-too-large-title = حجم كبير جدا
error-too-large-text = أرسل النموذج أكثر مما يقبله الخادم (64 كيلوبايت). لم يُغيَّر شيء.
error-nul-title = ليس نصا
error-nul-text = احتوى النموذج على المحرف NUL ‏(U+0000)، وهو ليس نصا. احذفه وأرسل النموذج مرة أخرى. لم يُغيَّر شيء.
error-rate-limited-title = طلبات كثيرة جدا
error-rate-limited-text = أرسلت في الدقيقة الأخيرة طلبات أكثر مما يجيب عنه الخادم. انتظر قليلا ثم حاول مرة أخرى. لم يُغيَّر شيء.
remove-button = إزالة
remove-done = لم يعد لـ { $email } أي دور هنا؛ وانتهت جلساته.
remove-focal-point = تتولى الأمانة العامة إزالة جهة التنسيق في الدولة. لم يُغيَّر شيء.
mail-cycle-subject = الآراء والتقييمات بموجب القرار { $resolution }: الدعوة إلى تقديم رد
mail-cycle-body = السيد/السيدة { $name }،

    تدعو الأمانة العامة حكومتكم إلى تقديم آرائها وتقييماتها بموجب القرار { $resolution } (دورة الإبلاغ { $cycle }). وستُدرج في التقرير الردود الواردة في موعد أقصاه { $deadline }؛ وستصدر الردود اللاحقة في شكل إضافات.

    يمكن لمحرري دولتكم إعداد الرد، ولمعتمِدها تقديمه، من { $link }
cycles-title = الآراء والتقييمات
cycles-intro = دورات الإبلاغ: القرارات التي تدعو الدول إلى تقديم آرائها، والأسئلة المطروحة، والمواعيد النهائية.
cycles-none = لا توجد دورة إبلاغ مفتوحة.
cycles-resolution = القرار
cycles-deadline = الموعد النهائي
cycles-reply-of = رد { $state }
cycle-status-open = مفتوحة
cycle-status-closed = مغلقة
reply-title = رد { $state }
reply-status-draft = مسودة
reply-status-submitted = مقدَّم
reply-status-published = منشور
reply-version = الصيغة { $version }
reply-late = ورد بعد الموعد النهائي: لإضافة
reply-language = لغة الأصل
reply-markdown-hint = اكتب نصا عاديا؛ ويُفهم تنسيق Markdown (العناوين، والفقرات المرقمة، والقوائم، والجداول، والحواشي).
reply-save = حفظ هذه الصيغة
reply-submit = تقديم إلى الأمانة العامة
reply-withdraw = سحب
reply-publish = نشر
reply-saved = حُفظت بوصفها الصيغة { $version }.
reply-conflict-kept = نصك محفوظ في الاستمارة أدناه؛ وبجانب كل إجابة مختلفة ما تتضمنه الصيغة { $version }، مع تمييز تعديلاتك. الحفظ الآن يضع نصك فوق الصيغة { $version }.
reply-conflict-theirs = الصيغة { $version } المحفوظة في الأثناء:
reply-conflict-compare = نصك مقارنًا بها كلمة كلمة (المشطوب: ما يحذفه نصك؛ المسطّر: ما يضيفه)
reply-conflict-save = حفظ نصي فوق الصيغة { $version }
reply-refused = لم يُنفَّذ: { $reason }. لم يُغيَّر شيء.
refusal-stale_version = لم يُحفظ: حفظ شخص آخر هذا الرد أثناء كتابتك (هو الآن في الصيغة { $current }؛ وصيغتك مبنية على الصيغة { $yours }). لم يُستبدل شيء.
refusal-step_not_allowed = لم يُنفَّذ: لا يمكن { $action } رد حالته «{ $status }». لم يتغير شيء.
refusal-cycle_closed = لم يُنفَّذ: الدورة مغلقة؛ لم يعد ممكنًا حفظ الردود أو تقديمها.
refusal-unknown_state = لم يُنفَّذ: { $state } ليس رمز دولة عضو أو دولة مراقبة.
refusal-unknown_language = لم يُنفَّذ: «{ $given }» ليست إحدى اللغات الرسمية الست (ar، zh، en، fr، ru، es).
refusal-duplicate_account = لم يُنفَّذ: يوجد حساب بالبريد الإلكتروني { $email } من قبل.
refusal-unknown_account = لم يُنفَّذ: لا يوجد حساب بالبريد الإلكتروني { $email }.
refusal-unknown_cycle = لم يُنفَّذ: لا توجد دورة { $cycle }.
refusal-no_reply = لم يُنفَّذ: ليس لـ { $state } رد في الدورة { $cycle }.
refusal-invalid_email = لم يُنفَّذ: «{ $given }» ليس عنوان بريد إلكتروني (name@example.org). لم يتغير شيء.
refusal-role_outside_org = لم يُنفَّذ: دور «{ $role }» يُمارَس { $holder ->
        [state] في دولة
       *[other] في الأمانة العامة
    }، لا في { $org }. لم يتغير شيء.
refusal-duplicate_cycle = لم يُنفَّذ: توجد من قبل دورة إبلاغ عن { $resolution } إلى الدورة { $session } ({ $cycle }). لم يتغير شيء.
refusal-cycle_resolution = لم يُنفَّذ: «{ $given }» ليس رمز قرار للجمعية العامة؛ اكتب رمزًا مثل A/RES/76/19. لم يتغير شيء.
refusal-cycle_session = لم يُنفَّذ: دورة الجمعية العامة رقم من 1 إلى 200، لا { $given }. لم يتغير شيء.
refusal-cycle_date = لم يُنفَّذ: { $field } «{ $given }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD. لم يتغير شيء.
refusal-cycle_deadline_before_note = لم يُنفَّذ: الموعد النهائي { $deadline } يسبق تاريخ المذكرة الشفوية { $sent }. لم يتغير شيء.
refusal-cycle_question_count = لم يُنفَّذ: تطرح الدورة سؤالًا واحدًا على الأقل و20 سؤالًا على الأكثر. لم يتغير شيء.
refusal-cycle_question = لم يُنفَّذ: السؤال { $label }: { $detail }. لم يتغير شيء.
refusal-cycle_note_verbale = لم يُنفَّذ: مرجع المذكرة الشفوية فارغ. لم يتغير شيء.
refusal-translation_of_original = لم يُنفَّذ: رد { $state } محرَّر أصلًا باللغة { $lang } (لغته الأصلية). لم يتغير شيء.
refusal-attachment_empty = لم يُرفق: الملف { $name } فارغ. لم يتغير شيء.
refusal-attachment_too_large = لم يُرفق: حجم { $name } { $size } بايت، وهو يتجاوز الحد البالغ { $limit } بايت (10 MiB). لم يتغير شيء.
refusal-attachment_wrong_type = لم يُرفق: لا يُرفق إلا ملفات PDF وWord (.docx)؛ والملف { $name } من نوع { $found }. لم يتغير شيء.
refusal-attachment_name_mismatch = لم يُرفق: { $name } ملف { $actual } لكن اسمه ينتهي بـ ‎.{ $named }؛ غيّر اسمه إلى ‎.{ $expected }. لم يتغير شيء.
refusal-attachment_bad_docx = لم يُرفق: { $name } ليس ملف Word قابلًا للقراءة. لم يتغير شيء.
refusal-attachment_bad_name = لم يُرفق: اسم الملف من 1 إلى 200 حرف، بلا مجلدات ولا محارف تحكم («{ $name }»). لم يتغير شيء.
refusal-attachment_too_many = لم يُرفق: يمكن إرفاق { $limit } ملفات على الأكثر؛ احذف ملفًا أولًا. لم يتغير شيء.
refusal-required = لم يُنفَّذ: ينقص { $field }. لم يتغير شيء.
refusal-out_of_range = لم يُنفَّذ: { $field } من { $min } إلى { $max }، لا { $given }. لم يتغير شيء.
refusal-not_a_number = لم يُنفَّذ: { $field } عدد صحيح، لا «{ $given }». لم يتغير شيء.
refusal-not_one_of = لم يُنفَّذ: { $field } واحد من { $allowed }، لا «{ $given }». لم يتغير شيء.
refusal-not_a_date = لم يُنفَّذ: «{ $given }» ليس تاريخًا (YYYY-MM-DD). لم يتغير شيء.
refusal-not_a_time = لم يُنفَّذ: { $field } «{ $given }» ليس وقتًا (مثل 2026-12-08T17:00:00Z). لم يتغير شيء.
refusal-time_passed = لم يُنفَّذ: { $field } { $given } قد مضى. لم يتغير شيء.
refusal-invalid = لم يُنفَّذ: { $name }: { $detail }. لم يتغير شيء.
refusal-no_contact_in_scope = لم تبدأ: لا تشمل هذه الجولة أي جهة اتصال مدرجة. لم يتغير شيء.
refusal-unknown_contact = لم يُنفَّذ: ليس لدى { $state } جهة اتصال مدرجة { $id }. لم يتغير شيء.
refusal-unknown_change = لم يُنفَّذ: لا يوجد تغيير { $id }. لم يتغير شيء.
refusal-already_decided = لم يُنفَّذ: التغيير { $id } { $decision } من قبل. لم يتغير شيء.
refusal-contact_unlisted = لم يُنفَّذ: جهة الاتصال { $id } لم تعد مدرجة. لم يتغير شيء.
refusal-message_not_taken = لم تُرسل: معرّفها، أو رسالة أو سلسلة تذكرها، ليس مما يمكن لهذا الحساب استخدامه. لم يتغير شيء.
refusal-write_to_self = لم تُرسل: لا يمكن لـ { $state } أن يراسل نفسه. لم يتغير شيء.
refusal-thread_open = لم تُرسل: هذه السلسلة مفتوحة من قبل؛ أجب فيها بملاحظة لا ببلاغ جديد. لم يتغير شيء.
refusal-no_one_to_reply = لم تُرسل: لا أحد غيرك في هذه السلسلة ليتلقى الرد. لم يتغير شيء.
refusal-not_a_person_of_contact = لم تُرسل: { $email } ليس جهة اتصال لـ { $states } في Comity؛ لا يُرسل TLP:RED إلا إلى أشخاص يمكنهم تسجيل الدخول. لم يتغير شيء.
refusal-no_listed_contact = لم تُرسل: ليس لدى { $state } بعد جهة اتصال مدرجة؛ فلن تصل الرسالة إلى أحد. لم يتغير شيء.
refusal-not_a_recipient = لم يُنفَّذ: لم يتلقَّ { $state } هذه الرسالة؛ يُقرّ باستلامها متلقّوها. لم يتغير شيء.
refusal-not_the_author = لم يُرفق: لا يُرفق الملفات برسالة إلا كاتبها. لم يتغير شيء.
refusal-marking_too_low = لم تُرسل: لا يجوز وسم رد على رسالة { $replied } بـ { $reply }؛ أبقِ { $replied } أو شدّد القيد. لم يتغير شيء.
refusal-kind_mismatch = لم يُخزَّن: { $symbol } مسجَّل بوصفه «{ $recorded }»، لكن هذا النص يُقرأ بوصفه «{ $kind }». لم يتغير شيء.
refusal-too_many_paragraphs = لم يُخزَّن: في { $symbol } ({ $lang }) { $count } فقرة؛ ولا يُخزَّن أكثر من { $max }. لم يتغير شيء.
refusal-no_symbol = لم يُخزَّن: لا يحمل { $source } رمز وثيقة؛ اذكره في خانة الرمز. لم يتغير شيء.
refusal-backup_older_than_target = لم تُستعَد: قاعدة البيانات الهدف في إصدار المخطط { $target } والنسخة الاحتياطية في { $backup }؛ استعِدها في قاعدة بيانات جديدة. لم يتغير شيء.
refusal-target_not_empty = لم تُستعَد: في قاعدة البيانات الهدف بيانات من قبل (في الجدول { $table } { $count } صفًا)؛ استعِدها في قاعدة بيانات جديدة. لم يتغير شيء.
refusal-unknown_negotiation = لم يتم: لا توجد مفاوضات { $id }.
refusal-negotiation_name_taken = لم تُنشأ: توجد مفاوضات باسم { $name } من قبل. لم يتغير شيء.
refusal-negotiation_closed = لم يتم: اعتُمد نص المفاوضات أو أُغلقت؛ فلا يُقترح على نصها ولا يُقرَّر ولا يُسجَّل بعد ذلك شيء. لم يتغير شيء.
refusal-under_silence = لم يُقدَّم: النص خاضع لإجراء الصمت؛ تنتظر المقترحات حتى يواصل الرئيس. لم يتغير شيء.
refusal-proposals_closed = لم يُقدَّم: انتهى تلقي المقترحات على هذا التنقيح في { $deadline }؛ ويمكن للرئيس إعادة فتحه. لم يتغير شيء.
refusal-not_in_revision = لم يُقدَّم: الفقرة المقترح عليها ليست في التنقيح الحالي (Rev.{ $revision })؛ قدّم مقترحك على نص ذلك التنقيح. لم يتغير شيء.
refusal-own_proposal = لم يُسجَّل: لا تتخذ الدولة موقفا من مقترح قدّمته أو انضمت إليه. لم يتغير شيء.
refusal-silence_broken_already = لم يُسجَّل: سبق أن كسرت { $state } الصمت على هذا النص؛ والدولة تكسره مرة واحدة. لم يتغير شيء.
refusal-silence_ended = لم يُسجَّل: انتهى إجراء الصمت في { $deadline }. لم يتغير شيء.
refusal-not_the_chair = لم يتم: لا يفعل ذلك إلا رئيس المفاوضات أو موظفو الدعم. لم يتغير شيء.
refusal-zero_draft_in_use = لم تُستبدل: لا تُستبدل المسودة الأولية إلا ما دام لا يستند إليها شيء، فلا مقترح ولا مساهمة مكتوبة بشأنها ولا تنقيح أول. ويغيّرها الرئيس الآن بالتنقيح التالي. لم يتغير شيء.
refusal-text_replaced = لم يُرسل: استبدل الرئيس النص أثناء إرسالكم. اقرأوا النص كما هو الآن وأرسلوا مجدداً. لم يتغير شيء.
refusal-stakeholders_not_admitted = لم يتم: مسودات هذه المفاوضات مقصورة على الدول؛ ولا يُعتمد أصحاب المصلحة إلا في مفاوضات فتحتها الأمانة العامة لهم. لم يتغير شيء.
refusal-state_user_not_stakeholder = لم يتم: لـ { $email } دور باسم دولة أو الأمانة العامة؛ ويُعتمد صاحب المصلحة بحساب خاص به. لم يتغير شيء.
refusal-not_a_stakeholder = لم يتم: لا يقدم مساهمات مكتوبة في النص إلا أصحاب المصلحة المعتمدون في هذه المفاوضات. لم يتغير شيء.
refusal-input_too_long = لم تُقدَّم: لا تتجاوز المساهمة المكتوبة { $max } حرفاً. لم يتغير شيء.
refusal-unknown_proposal = لم يتم: لا يوجد مقترح { $id } في هذه المفاوضات. لم يتغير شيء.
refusal-field-account_name = اسم الحساب
refusal-field-round_title = عنوان الجولة
refusal-field-rejection_reason = سبب الرفض، لتقرأه الدولة
refusal-field-contact_details = بيانات جهة الاتصال
refusal-field-contact_choice = جهة الاتصال المراد تغييرها أو حذفها
refusal-field-token_name_length = طول اسم الرمز المميِّز (بالحروف)
refusal-field-token_permissions = صلاحية واحدة على الأقل للرمز المميِّز
refusal-field-token_days = مدة صلاحية الرمز المميِّز بالأيام
refusal-field-translation_text = نص الترجمة الرسمية (ضع عليها علامة «قيد الانتظار» حتى تجهز)
refusal-field-translation_status = حالة الترجمة
refusal-field-fetch_items = عدد الصيغ اللغوية المراد جلبها (رمز واحد ولغة واحدة على الأقل)
refusal-field-round_hours = مدة الجولة بالساعات
refusal-field-repeat_days = عدد الأيام بين جولة والتي تليها
refusal-field-ack_channel = طريقة الإقرار بالاستلام
refusal-field-contact_category = فئة جهة الاتصال
refusal-field-deadline = الموعد النهائي
refusal-field-start = موعد البدء
refusal-field-note_verbale_date = تاريخ المذكرة الشفوية
refusal-decision-verified = تحقق منه
refusal-decision-rejected = رُفض
refusal-action-save = تعديل
refusal-action-submit = تقديم
refusal-action-withdraw = سحب
refusal-action-publish = نشر
reply-now-draft = عاد الرد مسودة.
reply-now-submitted = قُدّم الرد إلى الأمانة العامة.
reply-now-published = نُشر الرد.
report-un = الأمم المتحدة
report-ga = الجمعية العامة
report-distribution = Distr.: General
report-session = الدورة { $session }
report-item = البند { $item } من القائمة الأولية
report-heading = تقرير الأمين العام
report-heading-addendum = تقرير الأمين العام: إضافة
report-introduction = أولا - مقدمة
report-intro-invited = دعت الجمعية العامة، في قرارها { $resolution } المؤرخ { $date } والمعنون "{ $title }"، جميع الدول الأعضاء إلى مواصلة إبلاغ الأمين العام بآرائها وتقييماتها بشأن المسائل التالية:
report-intro-note-verbale = وعملا بذلك الطلب، أُرسلت إلى الدول الأعضاء في { $date } مذكرة شفوية ({ $reference }) تدعوها إلى تقديم معلومات عن الموضوع. وترد الردود المتلقاة في الفرع الثاني أدناه بالصيغة التي وردت بها. وستصدر الردود الواردة بعد الموعد النهائي في شكل إضافات لهذا التقرير.
report-replies = ثانيا - الردود الواردة من الحكومات
report-no-replies = لم ترد أي ردود.
report-original = الأصل: { $language }
report-untranslated = مستنسخ بلغة التقديم؛ لا تتوفر ترجمة.
lang-name-ar = العربية
lang-name-zh = الصينية
lang-name-en = الإنكليزية
lang-name-fr = الفرنسية
lang-name-ru = الروسية
lang-name-es = الإسبانية
views-intro = الردود التي أرسلتها الدول إلى الأمين العام بعد نشرها، والتقرير المعد على أساسها.
views-published = الردود المنشورة
nav-views = الآراء
mail-reminder-subject = تذكير: الآراء والتقييمات بموجب القرار { $resolution }
mail-reminder-body = السيد/السيدة { $name }،

    لم تتلق الأمانة العامة بعد رد حكومتكم بموجب القرار { $resolution } (دورة الإبلاغ { $cycle }). وستُدرج في التقرير الردود الواردة في موعد أقصاه { $deadline }؛ وستصدر الردود اللاحقة في شكل إضافات.

    يمكن إعداد الرد وتقديمه من { $link }
reply-versions-title = مقارنة الصيغ

## The report in Word and its notes
report-as-received = تُستنسخ الردود بالصيغة التي وردت بها، دون تحرير رسمي؛ والتسميات المستخدمة فيها هي تسميات الحكومات التي قدمتها.
report-translation-pending = يجري إعداد ترجمة إلى هذه اللغة؛ ويُستنسخ الرد بلغة التقديم.

## The introduction when the resolution is not in the record
report-intro-invited-bare = دعت الجمعية العامة، في قرارها { $resolution }، جميع الدول الأعضاء إلى مواصلة إبلاغ الأمين العام بآرائها وتقييماتها بشأن المسائل التالية:

## The structured reply (after the National Survey of Implementation)
survey-status-label = التنفيذ:
survey-measures-label = أنواع التدابير:
survey-status-implemented = منفذة
survey-status-partly = منفذة جزئيا
survey-status-planned = مقررة
survey-status-not-started = لم يبدأ تنفيذها
survey-status-not-applicable = لا ينطبق
survey-measure-legislation = التشريعات
survey-measure-policy = السياسات أو الاستراتيجيات
survey-measure-institution = المؤسسات
survey-measure-cooperation = التعاون الدولي
survey-measure-capacity-building = بناء القدرات
survey-measure-other = غير ذلك
survey-list-measures = التدابير المتخذة
survey-list-challenges = التحديات
survey-list-needs = الاحتياجات من القدرات
survey-title = رد منظم (اختياري)
survey-hint = على غرار الدراسة الاستقصائية الوطنية للتنفيذ: لكل قاعدة، مدى تنفيذها وأنواع التدابير، مع التعليقات؛ ولكل جزء، التدابير المتخذة والتحديات والاحتياجات من القدرات. لا يوجد سؤال إلزامي.
survey-comments = التعليقات
survey-not-answered = لم تتم الإجابة

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = الدول التي نُشرت ردودها، حسب الدورة
views-chart-norms = الدول التي قدمت معلومات عن كل قاعدة
views-chart-statuses = التنفيذ كما أفادت به الدول
views-by-state = آراء وتقييمات: { $state }
views-by-element = ما أفادت به الدول: { $element }
views-states-reporting = الدول التي قدمت معلومات: { $count }
views-none-state = لم يُنشر أي رد لهذه الدولة بعد.
views-none-element = لا يوجد بعد رد منشور يتناول هذا العنصر.
views-open-data = جميع الردود المنشورة كبيانات مفتوحة
views-download-docx = التقرير بصيغة ملف وورد
views-by-state-title = الردود حسب الدولة
views-by-element-title = الردود حسب عناصر الإطار
views-count = العدد
csv-column-cycle = دورة الإبلاغ
csv-column-state = رمز الدولة
csv-column-state-name = الدولة
csv-column-original-language = اللغة الأصلية
csv-column-date = التاريخ
csv-column-late = متأخر
csv-column-question = السؤال
csv-column-answer = الإجابة

## Attachments and translations of a reply
reply-attachments = المرفقات
reply-attach = إرفاق
reply-attach-hint = ملفات PDF أو وورد (.docx)، بحد أقصى 10 ميبيبايت لكل ملف و10 ملفات لكل رد.
reply-attach-file = الملف
reply-attached = أُرفق الملف { $name }.
reply-detached = أُزيل المرفق.
reply-remove = إزالة
reply-translations = الترجمات
reply-translation-outdated = أُعدت من نسخة سابقة
reply-translation-add = إرفاق ترجمة
reply-translation-into = إلى
reply-translation-status = الحالة
reply-translation-saved = حُفظت الترجمة.
translation-status-official = ترجمة رسمية
translation-status-pending = الترجمة قيد الإعداد
translation-status-original = الأصل

## The Secretariat's view of a cycle
cycle-overview-title = الردود على القرار { $resolution }
cycle-overview-link = جميع الردود
cycle-overview-counts = مسودات: { $draft } · مقدمة: { $submitted } · منشورة: { $published }
cycle-column-state = الدولة
cycle-column-submitted = تاريخ التقديم

## The Points of Contact directory
contacts-title = دليل جهات الاتصال
contacts-intro = الدليل العالمي الحكومي الدولي لجهات الاتصال: بمن يُتصل في كل دولة على الصعيدين الدبلوماسي والتقني. سري: لا يُنشر أبدا.
contacts-not-yet = يرى مستخدمو دولتكم الدليل بمجرد أن يتحقق مدير الدليل من إحدى جهات الاتصال التابعة لها.
contacts-category = الفئة
contacts-category-diplomatic = دبلوماسية
contacts-category-technical = تقنية
contacts-name = الاسم
contacts-position = المنصب
contacts-institution = المؤسسة
contacts-emails = عناوين البريد الإلكتروني
contacts-phones = أرقام الهاتف
contacts-languages = لغات العمل
contacts-hours = ساعات العمل
contacts-time-zone = المنطقة الزمنية
contacts-openpgp = مفتاح OpenPGP العام (اختياري)
contacts-list-hint = عدة قيم: واحدة في كل سطر أو مفصولة بفواصل منقوطة. اللغات برموز من حرفين (en وfr وar).
contacts-own-title = جهات الاتصال: { $state }
contacts-nominate = تسمية جهة اتصال
contacts-nominated = التسمية في انتظار تحقق مدير الدليل.
contacts-remove = طلب الإزالة
contacts-removal-asked = الإزالة في انتظار تحقق مدير الدليل.
contacts-changes-title = تغييرات في انتظار التحقق
contacts-verify = تحقق
contacts-reject = رفض
contacts-reason = السبب (تطلع عليه الدولة)
contacts-decided = تم: التغيير { $status }.
contacts-history = التسميات والتغييرات والإزالات
contacts-kind-nominate = تسمية
contacts-kind-change = تغيير
contacts-kind-remove = إزالة
contacts-status-pending = قيد الانتظار
contacts-status-verified = تم التحقق منه
contacts-status-rejected = مرفوض
contacts-export = تصدير (CSV)
contacts-none = لا توجد جهة اتصال بعد.
contacts-queue-more = تُعرض أقدم { $shown } من أصل { $total } تغييرات تنتظر القرار؛ وما يُبتّ فيه يفسح المجال لما يليه.
contacts-state = الدولة

## Communication checks
check-mail-subject = دليل جهات الاتصال: يرجى الإقرار باستلام هذا الاختبار قبل { $deadline }
check-mail-body =
    السيد/السيدة { $name }،
    
    يتحقق مدير الدليل العالمي الحكومي الدولي لجهات الاتصال من إمكانية الوصول إلى جهات الاتصال. يرجى الإقرار بالاستلام قبل { $deadline } (بالتوقيت العالمي) بفتح هذا الرابط الشخصي الذي لا يُستخدم إلا مرة واحدة:
    
    { $link }
    
    وشكرا.
ack-title = اختبار الاتصال
ack-confirm = الإقرار بالاستلام
ack-explain = أكدوا أن هذا الاختبار وصلكم. مجرد فتح الرابط لا يسجل شيئا.
ack-recorded = شكرا: سُجل إقراركم.
ack-already = سبق استخدام هذا الرابط؛ ويُعتد بالإقرار الأول.
ack-expired = انقضى الموعد النهائي لهذا الاختبار؛ ولم يُسجل شيء.
ack-unknown = هذا الرابط غير صالح. استخدموا الرابط الوارد في أحدث رسالة اختبار.
checks-title = اختبارات الاتصال
checks-start = بدء اختبار لجميع جهات الاتصال المدرجة
checks-round-title = العنوان
checks-deadline = الموعد النهائي (بالتوقيت العالمي)
checks-started = بدأ: طُلب من { $count } جهة اتصال؛ والرسائل في طريقها.
checks-asked = المطلوب منهم
checks-acknowledged = أقروا
checks-rate = معدل الاستجابة
checks-median = الوقت الوسيط
checks-p90 = المئين التسعون
checks-overall = جميع جهات الاتصال
checks-no-answer = لا رد
checks-chart = الدقائق حتى الإقرار، حسب جهة الاتصال

## A State's own check results
checks-own-title = اختبارات الاتصال: { $state }
checks-none = لم يطلب أي اختبار بعد من جهات الاتصال في هذه الدولة.

## Bounced check mail
checks-bounced = رُفضت الرسالة

## Check reminders
check-reminder-subject = تذكير: يرجى الإقرار باستلام هذا الاختبار قبل { $deadline }

## Messages between States (requests, notifications, replies)
messages-title = الرسائل بين الدول
messages-for = طلبات { $state } وإخطاراتها وردودها، وفق علامة TLP لكل منها.
messages-none = لا توجد رسائل بعد.
message-new = الكتابة إلى دولة أخرى
message-from = من
message-from-state = من { $state }
message-last = الأحدث (UTC)
message-sent = أُرسلت (UTC)
message-awaits = بانتظار الإقرار بالاستلام
message-acknowledged-at = أُقرّ باستلامها في
message-deadline = قبل
message-acknowledge = الإقرار بالاستلام
message-acknowledged = تم الإقرار بالاستلام باسم دولتكم.
message-acknowledged-before = سبق أن أقرّت دولتكم باستلام هذه الرسالة.
message-reply = الرد
message-send = إرسال
message-window = الفترة الزمنية (UTC)
message-privacy = يُبلَّغ جهات الاتصال المستلمة بالبريد بوجود رسالة فقط، دون محتواها؛ ويقرؤونها هنا بعد تسجيل الدخول.
message-named-hint = لعلامة TLP:RED فقط: عناوين البريد الإلكتروني للأشخاص المقصودين، مفصولة بفواصل؛ ولا يقرؤها أحد سواهم، ولا حتى زملاؤهم.
message-choose = اختر أحد الخيارات المعروضة
message-gone = الرسالة التي ترد عليها ليست (أو لم تعد) متاحة لك.
message-field-error = { $field }: { $message }
message-field-kind = النوع
message-field-recipients = إلى
message-field-subject = الموضوع
message-field-sector = قطاع البنية التحتية الحيوية المتأثر
message-field-window_start = من (UTC)
message-field-window_end = إلى (UTC)
message-field-urgency = درجة الاستعجال
message-field-tlp = علامة TLP
message-field-elements = عناصر الإطار ذات الصلة
message-field-named = المستلمون بالاسم
message-field-body = النص
message-sector-none = لا شيء

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = إخطار
message-kind-request_information = طلب معلومات
message-kind-request_assistance = طلب مساعدة
message-kind-reply = رد
message-urgency-low = منخفضة (72 ساعة للإقرار)
message-urgency-medium = متوسطة (24 ساعة)
message-urgency-high = عالية (4 ساعات)
message-urgency-critical = حرجة (ساعة واحدة)
message-tlp-clear = TLP:CLEAR — يجوز تداولها دون قيود
message-tlp-green = TLP:GREEN — داخل المجتمع المعني
message-tlp-amber = TLP:AMBER — داخل جهة الدولة المستلمة، على أساس الحاجة إلى المعرفة
message-tlp-amber-strict = TLP:AMBER+STRICT — نقاط الاتصال في الدولة المستلمة فقط
message-tlp-red = TLP:RED — الأشخاص المسمّون فقط
message-sector-energy = الطاقة
message-sector-water = المياه
message-sector-health = الصحة
message-sector-finance = المالية
message-sector-transport = النقل
message-sector-telecommunications = الاتصالات
message-sector-digital_infrastructure = البنية التحتية الرقمية
message-sector-government = الحكومة
message-sector-emergency_services = خدمات الطوارئ
message-sector-food = الغذاء
message-sector-elections = الانتخابات
message-sector-other = غير ذلك
messages-escalated-title = رسائل لم يُقَرّ باستلامها في الوقت المحدد
messages-escalated-intro = لم تُقِرّ جهات الاتصال التقنية ولا الدبلوماسية باستلام هذه الرسائل في الوقت المحدد. يُعرض المرسل والمستلم فقط، دون المحتوى.
messages-escalated-none = أُقِرّ باستلام كل الرسائل في الوقت المحدد.
message-mail-subject = { $kind } من { $state } ({ $urgency }، { $tlp })
message-mail-escalated-subject = لم يُقَرّ باستلامه بعد: { $kind } من { $state } ({ $tlp })
message-mail-body = { $name }،
    
    أرسلت { $state } رسالة إلى دولتكم عبر دليل نقاط الاتصال: { $kind }، درجة الاستعجال { $urgency }، بعلامة { $tlp }.
    يُرجى قراءتها والإقرار باستلامها قبل { $deadline } بالتوقيت العالمي، بعد تسجيل الدخول:
    
    { $link }
    
    لا يتضمن هذا البريد نص الرسالة.

## Permission to exchange messages (token scopes)
permission-exchange_messages = تبادل الرسائل مع الدول الأخرى (البوابة وTAXII)

## Round reports and scheduled rounds
checks-started-at = البدء (UTC)
checks-summary = الاستجابة
checks-median-minutes = الوسيط
checks-p90-minutes = المئين التسعون
checks-by-contact = الردود حسب جهة الاتصال
checks-answer = مدة الإقرار
checks-report-docx = التقرير (Word)
checks-report-html = التقرير (صفحة ويب)
checks-schedule = جدولة جولة تحقق
checks-start-at = تبدأ في (UTC)
checks-window-hours = ساعات الرد
checks-every-days = التكرار كل (أيام؛ فارغ: مرة واحدة)
checks-schedules = الجولات المجدولة
checks-scheduled = تمت الجدولة: سيبدؤها الخادم في { $at }.
checks-once = مرة واحدة
checks-every = كل { $days } أيام
checks-unschedule = إيقاف
checks-unscheduled = أُوقفت الجدولة؛ وتبقى الجولات التي بدأت.
checks-history = الموثوقية عبر الزمن

## Communication checks waiting for the signed-in contact
checks-pending = عمليات التحقق من الاتصال التي تنتظر إقرارك

## UNSD M49 regions (check statistics by region)
region-002 = أفريقيا
region-019 = الأمريكتان
region-142 = آسيا
region-150 = أوروبا
region-009 = أوقيانوسيا

## Attachments of messages between States
message-attach = إرفاق ملف برسالتك (PDF أو Word، حتى 10 ميغابايت)
message-attach-send = إرفاق
draft-found = احتفظ هذا المتصفح بنص كتبته هنا ولم تُرسله، بتاريخ
draft-restore = استعادته
draft-discard = تجاهله
cycle-waiting-title = { $count ->
    [zero] لم تتخلف أي دولة عضو عن تقديم رد
    [one] دولة عضو واحدة لم تقدم ردها
    [two] دولتان عضوان لم تقدما ردهما
    [few] { $count } دول أعضاء لم تقدم ردودها
   *[other] { $count } دولة عضوًا لم تقدم ردودها
}
cycle-remind = تذكير جهات التنسيق فيها الآن
cycle-reminded = { $count ->
    [zero] لم يُرسل أي تذكير.
    [one] أُرسل تذكير إلى جهة تنسيق واحدة.
    [two] أُرسل تذكير إلى جهتي تنسيق.
   *[other] أُرسلت تذكيرات إلى { $count } من جهات التنسيق.
}

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = البحث في السجل
site-search-placeholder = ابحث في الوثائق والقواعد والردود والدول
site-search-button = بحث
nav-role-label = عملك
nav-for-state = { $link } ({ $state })
nav-own-reply = ردّنا
nav-own-contacts = جهات الاتصال لدينا
nav-own-checks = فحوصنا
nav-own-users = مستخدمونا
nav-messages = الرسائل
nav-checks-to-acknowledge = فحوص تنتظر التأكيد
nav-cycles = دورات التقارير
nav-checks = فحوص الاتصال
nav-directory = الدليل
nav-queue = تغييرات تنتظر التحقق
nav-audit = سجل التدقيق
nav-fetches = جلب الوثائق من نظام الوثائق الرسمية
checks-none-pending = لا يوجد فحص اتصال ينتظر تأكيدك.

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a } ث
duration-minutes = { $a } د { $b } ث
duration-hours = { $a } س { $b } د
duration-days = { $a } يوم { $b } س

## The mail outbox
outbox-title = صندوق البريد الصادر
outbox-intro = من هنا تخرج كل رسالة يرسلها Comity: في الانتظار، أو يُعاد إرسالها على فترات متزايدة حين يرفضها خادم الترحيل مؤقتاً، أو أُرسلت، أو أُعيدت حين لا يكون العنوان موجوداً. تحوي النصوص روابط تُستخدم مرة واحدة فلا تُعرض.
outbox-intro-demo = يسلّم هذا العرض التوضيحي بريده إلى صندوق بريد خاص به على هذا الجهاز: تُعرض كل رسالة كاملة بروابطها، لمتابعة عمليات التحقق والدعوات وإعادة تعيين كلمات المرور حتى نهايتها.
outbox-intro-no-relay = لم يُضبط خادم ترحيل البريد (smtp_relay): ينتظر البريد هنا إلى أن يُضبط.
outbox-status-queued = في الانتظار
outbox-status-retrying = ستُعاد المحاولة
outbox-status-sent = أُرسلت
outbox-status-bounced = أُعيدت
outbox-oldest-unsent = أقدم رسالة لم تُرسل بعد
outbox-empty = لم تُرسل أي رسالة بعد.
outbox-sent-at = أُرسلت في
outbox-next-attempt = المحاولة التالية
outbox-attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
nav-outbox = البريد الصادر

## Negotiations: the compilation text's own words
negotiation-compilation-title = تجميع المقترحات المقدمة على { $revision }
negotiation-zero-draft = المسودة الأولية
negotiation-proposed-by = مقدَّم من { $proposer }
negotiation-co-sponsors = المشاركون في التقديم: { $states }
negotiation-late = متأخر
negotiation-withdrawn = مسحوب
negotiation-delete = حذف الفقرة
negotiation-move-after = نقلها بعد الفقرة { $label }
negotiation-move-first = نقلها إلى البداية
negotiation-add-after = إضافة فقرة بعدها
negotiation-comment = تعليق
stance-support = تأييد
stance-oppose = اعتراض
stance-can_live_with = يمكن قبوله
stance-reserve = تحفظ

## Negotiations: pages
negotiations-title = المفاوضات
negotiations-intro = نصوص ختامية قيد التفاوض: كل تنقيح مع المقترحات التي قدمتها الدول والمواقف التي اتخذتها.
negotiations-empty = لا توجد مفاوضات يمكنك الاطلاع عليها.
negotiations-col-title = النص
negotiations-col-process = العملية
negotiations-col-stage = المرحلة
negotiations-col-revision = التنقيح
negotiation-stage-open = مفتوحة لتلقي المقترحات
negotiation-stage-silence = خاضعة لإجراء الصمت
negotiation-stage-adopted = معتمد
negotiation-stage-closed = مغلقة
negotiation-deadline = تُقبل المقترحات حتى
negotiation-proposals = المقترحات المعروضة
negotiation-filter-paragraph = الفقرة (الموضع)
negotiation-filter-state = الدولة (رمز ISO)
negotiation-filter-status = الحالة
negotiation-status-standing = القائمة (غير المسحوبة)
negotiation-status-late = المقدمة متأخرة
negotiation-status-opposed = التي تعترض عليها دولة
negotiation-status-unopposed = التي لا تعترض عليها أي دولة
negotiation-status-withdrawn = المسحوبة
negotiation-status-all = الكل، بما فيها المسحوبة
negotiation-filter-bad-status = اختر حالة من القائمة: القائمة، أو المقدمة متأخرة، أو المعترض عليها، أو غير المعترض عليها، أو المسحوبة، أو الكل.
negotiation-filter-apply = عرض
negotiation-download-docx = تنزيل التجميع بصيغة Word مع تتبع التغييرات
negotiation-download-akn = تنزيل التجميع بصيغة Akoma Ntoso XML (النص المنقح وكل مقترح بوصفه تعديلاً)

## استمارات التفاوض: مقترحات الوفود ومواقفها وإجراء الصمت، وقرارات الرئيس.
time-new-york = { $time } بتوقيت نيويورك
negotiation-done-filed = قُدّم مقترحكم. وهو معروض أدناه تحت الفقرة المعنية.
negotiation-done-position = سُجّل موقفكم.
negotiation-done-withdrawn = سُحب المقترح.
negotiation-done-broken = كُسر الصمت. ويطّلع الرئيس على السبب الذي قدمتموه.
negotiation-done-revised = أُعدّ التنقيح التالي بناءً على القرارات؛ وتُقبل المقترحات بشأنه من الآن.
negotiation-done-silence = عُمّم النص في إطار إجراء الصمت.
negotiation-done-adopted = اعتُمد النص.
negotiation-redraft-title = المسودة الأولية للرئيس
negotiation-redraft-explain = لم يُقدَّم بعد أي مقترح أو مساهمة بشأن المسودة الأولية: يجوز للرئيس أن يضع مسودته مكانها (ملف Word أو Markdown أو نص). ويبقى الموعد النهائي كما هو؛ ويحتفظ السجل بأنها استُبدلت.
negotiation-redraft-submit = استبدال المسودة الأولية
negotiation-silence-title = إجراء الصمت
negotiation-silence-until = يخضع هذا النص لإجراء الصمت حتى { $time }. وما لم تكسر أي دولة الصمت قبل ذلك، يُعتمد.
negotiation-break-reason = سبب كسر وفدكم للصمت
negotiation-break = كسر الصمت
negotiation-breaks = الدول التي كسرت الصمت
negotiation-acting-for = أنتم تتصرفون باسم { $state }.
negotiation-decide-link = البت في المقترحات وإعداد التنقيح التالي
negotiation-propose-link = اقتراح تعديل على هذه الفقرة
negotiation-your-position = موقفكم
negotiation-statement = بيان (اختياري)
negotiation-record-position = تسجيل الموقف
negotiation-withdraw = سحب المقترح
negotiation-choose-kind = اختاروا نوع الفقرة الجديدة: فقرة مرقمة، أو بند فرعي، أو فقرة غير مرقمة، أو عنوان.
negotiation-choose-action = اختاروا ما يفعله المقترح: إعادة الصياغة، أو الإضافة بعد الفقرة، أو الحذف، أو النقل، أو التعليق.
negotiation-choose-stance = اختاروا موقفاً: تأييد، أو اعتراض، أو قبول على مضض، أو تحفظ.
negotiation-propose-title = اقتراح تعديل
negotiation-propose-lead = على الفقرة { $label } من { $revision }
negotiation-field-action = ما يفعله المقترح
negotiation-action-replace = إعادة صياغة الفقرة
negotiation-action-add_after = إضافة فقرة جديدة بعدها
negotiation-action-delete = حذف الفقرة
negotiation-action-move = نقل الفقرة
negotiation-action-comment = التعليق دون تغيير النص
negotiation-field-text = الصياغة الجديدة أو الفقرة الجديدة (بلغة التفاوض)
negotiation-field-kind = الفقرة الجديدة هي
negotiation-kind-numbered = فقرة مرقمة
negotiation-kind-item = بند فرعي
negotiation-kind-unnumbered = فقرة غير مرقمة
negotiation-kind-heading = عنوان
negotiation-field-after = نقلها إلى
negotiation-field-justification = المبرر
negotiation-field-co-sponsors = الدول المشاركة في تقديم المقترح (رموز ISO مفصولة بفواصل)
negotiation-field-group = باسم مجموعة (اختياري)
negotiation-field-group-name = اسم المجموعة
negotiation-field-group-members = دولها (رموز ISO، ومنها دولتكم)
negotiation-file = تقديم المقترح
negotiation-decide-title = قرارات الرئيس
negotiation-decide-lead = يُعدّ { $next } بقرار بشأن كل مقترح مقدم على { $revision }.
negotiation-decide-none = لا يوجد مقترح على هذا التنقيح يغيّر النص.
negotiation-paragraph = الفقرة { $label }
negotiation-asks-replace = إعادة صياغة الفقرة
negotiation-outcome-accept = قبول
negotiation-outcome-merge = دمج، بصياغة الرئيس
negotiation-outcome-set_aside = تنحية
negotiation-merge-text = صياغة الرئيس، في حالة الدمج
negotiation-decision-reason-label = السبب
negotiation-next-deadline = تُقبل المقترحات على التنقيح التالي حتى (بتوقيت نيويورك، اختياري)
negotiation-build = إعداد { $next }
negotiation-silence-explain = تعميم { $revision } في إطار إجراء الصمت: ما لم تكسر أي دولة الصمت قبل الموعد النهائي، يُعتمد النص عندئذ.
negotiation-silence-deadline = الصمت حتى (بتوقيت نيويورك)
negotiation-silence-start = التعميم في إطار إجراء الصمت
negotiation-decision-missing = الفقرة { $label }: اختاروا القبول أو الدمج أو التنحية لكل مقترح. لم يتغير شيء.
negotiation-decision-reason = الفقرة { $label }: اذكروا سبب القرار. لم يتغير شيء.
negotiation-bad-time = اذكروا التاريخ والوقت بتوقيت نيويورك (مثل 14 آذار/مارس 2026، الساعة 18:00). لم يتغير شيء.
refusal-proposal_no_paragraph = لم يُقدَّم: لا توجد في التنقيح الحالي فقرة في الموضع { $place }. لم يتغير شيء.
refusal-proposal_no_text = لم يُقدَّم: المقترح بلا نص؛ اكتبوا الصياغة الجديدة. لم يتغير شيء.
refusal-proposal_same_text = لم يُقدَّم: الصياغة الجديدة هي صياغة الفقرة نفسها؛ عدّلوها أو قدّموا تعليقاً بدلاً منها. لم يتغير شيء.
refusal-proposal_move_onto_itself = لم يُقدَّم: لا يمكن نقل فقرة إلى ما بعد نفسها؛ اختاروا موضعاً آخر. لم يتغير شيء.
refusal-proposal_too_long = لم يُقدَّم: لا يتجاوز المبرر أو البيان { $max } حرف. لم يتغير شيء.
refusal-proposal_withdrawn = لم يُسجَّل: سُحب المقترح. لم يتغير شيء.
refusal-proposal_sponsor_twice = لم يُقدَّم: ذُكرت { $state } مرتين بين مقدم المقترح والمشاركين في تقديمه. لم يتغير شيء.
refusal-proposal_bad_group = لم يُقدَّم: تحتاج المجموعة إلى اسم وإلى الدول التي تتألف منها، ومنها دولتكم. لم يتغير شيء.
refusal-decision_unknown_proposal = لم يُعدّ: لا يوجد مقترح { $proposal } على هذا التنقيح. لم يتغير شيء.
refusal-decision_twice = لم يُعدّ: اتُّخذ قراران بشأن المقترح { $proposal }. لم يتغير شيء.
refusal-decision_missing = لم يُعدّ: لم يُبتّ بعد في { $count } من المقترحات ({ $proposals }). لم يتغير شيء.
refusal-decision_conflict = لم يُعدّ: يغيّر المقترحان { $first } و{ $second } كلاهما صياغة الفقرة في الموضع { $place }؛ ادمجوا أحدهما بالصياغة المطلوبة ونحّوا الآخر. لم يتغير شيء.
refusal-decision_move_after_deleted = لم يُعدّ: ينقل المقترح { $proposal } فقرة إلى ما بعد الفقرة في الموضع { $place }، وهي فقرة يحذفها هذا التنقيح. لم يتغير شيء.
refusal-decision_move_cycle = لم يُعدّ: تضع عمليات النقل المقررة الفقرات بعضها بعد بعض في حلقة ({ $proposals })؛ نحّوا إحداها. لم يتغير شيء.
refusal-decision_empty_merge = لم يُعدّ: الصياغة المدمجة للمقترح { $proposal } فارغة. لم يتغير شيء.
refusal-decision_on_comment = لم يُعدّ: التعليق ({ $proposal }) لا يغيّر النص ولا يستلزم قراراً. لم يتغير شيء.
refusal-not_adopted_yet = لم يُسجَّل: تُسجَّل تعليلات المواقف وإعلانات النأي بالنفس بعد اعتماد النص. لم يتغير شيء.
refusal-field-silence_reason = سبب كسر الصمت
refusal-field-explanation = تعليل الموقف
refusal-field-input = المساهمة المكتوبة
refusal-field-organisation = المنظمة
negotiation-adopted-on = اعتُمد
negotiation-adopted-consensus = بتوافق الآراء في جلسة
negotiation-adopted-silence = بإجراء الصمت
negotiation-symbol = رمز الوثيقة
negotiation-compendium = مجموعة تعليلات المواقف
negotiation-compendium-empty = لم تسجل أي دولة تعليلاً لموقفها.
negotiation-compendium-docx = تنزيل المجموعة بصيغة Word
negotiation-disassociates = تنأى بنفسها عن الفقرات { $paragraphs }
negotiation-disassociate-from = ينأى وفدكم بنفسه عن هذه الفقرات (اختياري)
negotiation-explanation = تعليل وفدكم لموقفه
negotiation-record-explanation = تسجيل تعليل الموقف
negotiation-done-explained = سُجّل تعليل موقفكم، وهو مدرج في المجموعة.
negotiation-adopt-title = الاعتماد
negotiation-adopt-explain = اعتماد { $revision } بتوافق الآراء في جلسة. ولا يمكن بعد ذلك اقتراح أي شيء عليه؛ ويجوز للدول تسجيل تعليلات مواقفها.
negotiation-adopt = الاعتماد بتوافق الآراء

# The adopted text in the document record, and where each paragraph came from
refusal-symbol_in_record = لم يُصدَر: { $symbol } موجود في سجل الوثائق من قبل؛ يصدر النص المعتمد برمز خاص به. لم يتغير شيء.
refusal-issued_already = لم يُصدَر: النص المعتمد صادر من قبل بالرمز { $symbol }. لم يتغير شيء.
refusal-issue_before_adoption = لم يُصدَر: يصدر النص برمزه بعد اعتماده. لم يتغير شيء.
refusal-not_a_symbol = لم يتم: «{ $given }» ليس رمز وثيقة مثل A/AC.292/2026/CRP.1. لم يتغير شيء.
refusal-field-symbol = رمز الوثيقة
negotiation-stakeholders-title = أصحاب المصلحة المعتمدون في هذه المفاوضات
negotiation-stakeholders-empty = لم يُعتمد أي صاحب مصلحة بعد.
negotiation-accredit-email = حساب صاحب المصلحة (البريد الإلكتروني)
negotiation-accredit-organisation = المنظمة التي يتحدث باسمها
negotiation-accredit-submit = اعتماد
negotiation-done-accredited = اعتُمد صاحب المصلحة: يمكن لحسابه قراءة هذه المفاوضات وتقديم مساهمات مكتوبة.
negotiation-inputs-heading = مساهمات مكتوبة من أصحاب المصلحة: صوت لا تصويت
negotiation-input-link = تقديم مساهمة مكتوبة بشأن هذه الفقرة
negotiation-input-title = مساهمة مكتوبة من { $organisation }
negotiation-input-lead = تُعرض مساهمتكم مع الفقرة، بمعزل عن مقترحات الدول، ولا تُحتسب أبداً موقفاً.
negotiation-input-text = المساهمة المكتوبة
negotiation-input-lang = اللغة التي كُتبت بها
negotiation-input-bad-lang = اختر اللغة التي كُتبت بها المساهمة: إحدى اللغات الرسمية الست.
negotiation-input-submit = تقديم المساهمة المكتوبة
negotiation-done-input = قُدّمت مساهمتكم المكتوبة.
negotiation-compare-link = مقارنة هذا التنقيح بالتنقيح السابق له
negotiation-compare-title = مقارنة التنقيحات
negotiation-compare-from = التنقيح الأسبق
negotiation-compare-to = التنقيح الأحدث
negotiation-compare-lead = مقارنة { $later } بـ { $earlier }
negotiation-compare-docx = تنزيل المقارنة بصيغة Word مع تتبع التغييرات
negotiation-compare-moved-from = نُقلت من الفقرة { $place }
negotiation-compare-no-revision = لا يوجد في هذه المفاوضات تنقيح «{ $asked }»: اختر تنقيحاً من { $first } إلى { $last }.
negotiation-lineage-link = مصدر كل فقرة
negotiation-lineage-title = مصدر كل فقرة
negotiation-lineage-lead = كل فقرة من { $revision }: هل وردت في المسودة الأولية أم أضافها مقترح، وكل مقترح أُخذ به فيها، مع قرار الرئيس وسببه.
negotiation-lineage-issued = صدر في سجل الوثائق بالرمز
negotiation-lineage-not-issued = ليس في سجل الوثائق بعد: يدخله النص بعد اعتماده وإصداره برمزه.
negotiation-lineage-since-zero = في المسودة الأولية
negotiation-lineage-since = أضيفت في { $revision }
negotiation-lineage-step-replace = { $revision }: أعيدت صياغتها بناء على مقترح { $proposer }
negotiation-lineage-step-add_after = { $revision }: أضيفت بناء على مقترح { $proposer }
negotiation-lineage-step-move = { $revision }: نُقلت بناء على مقترح { $proposer }
negotiation-lineage-step-delete = { $revision }: حذف اقترحه { $proposer }
negotiation-lineage-step-comment = { $revision }: تعليق من { $proposer }
negotiation-lineage-outcome-accept = أُخذ به كما اقتُرح
negotiation-lineage-outcome-merge = أُدمج في صياغة الرئيس
negotiation-lineage-record = في السجل، الفقرة
negotiation-issue-link = إصدار النص المعتمد برمز وثيقته
negotiation-issue-title = إصدار النص المعتمد
negotiation-issue-explain = يدخل النص المعتمد سجل الوثائق برمزه، وتحتفظ كل فقرة بتاريخها حتى المسودة الأولية.
negotiation-issue = الإصدار بهذا الرمز
negotiation-done-issued = النص المعتمد في سجل الوثائق برمزه.
document-negotiated = جرى التفاوض عليه في Comity: مصدر كل فقرة

## فتح مفاوضات
nav-negotiations = المفاوضات
negotiation-open-title = فتح مفاوضات
negotiation-open-intro = تُفتح المفاوضات بالمسودة الأولية: ارفعها ملفًا بصيغة Word أو Markdown أو نص، أو اكتبها أدناه. تُقرأ الفقرات المرقّمة (1.، 2.) والعناوين (I.، A.) والبنود الفرعية ((a)، (b)) بنيةً للنص، وتحتفظ كل فقرة بمكانها في جميع التنقيحات.
negotiation-open-name = الاسم المختصر (حروف لاتينية وأرقام وشرطات، مثل gm-2026-apr)
negotiation-open-title-field = العنوان
negotiation-open-process = العملية (مثل الآلية العالمية، الجلسة العامة الموضوعية الثانية)
negotiation-open-lang = لغة التفاوض
negotiation-open-readers = من يقرأ المسودات
negotiation-readers-states = الدول الأعضاء
negotiation-readers-stakeholders = الدول الأعضاء وأصحاب المصلحة المسجلون
negotiation-readers-public = الجميع (علني)
negotiation-open-chair = الرئيس (البريد الإلكتروني لحسابه)
negotiation-open-support = موظفو الدعم (عناوين البريد الإلكتروني لحساباتهم، مفصولة بفواصل؛ اختياري)
negotiation-open-deadline = المقترحات على المسودة الأولية حتى (بتوقيت نيويورك؛ اختياري)
negotiation-open-file = المسودة الأولية ملفًا (.docx أو .md أو .txt)
negotiation-open-text = أو المسودة الأولية مكتوبة هنا
negotiation-open-text-name = النص المكتوب في المربع
negotiation-open-submit = فتح المفاوضات
negotiation-open-unreadable = لم تُفتح: تعذرت قراءة النموذج ({ $reason }). لم يتغير شيء.
negotiation-open-bad-name = لم تُفتح: يتكون الاسم المختصر من حروف لاتينية وأرقام وشرطات، 64 على الأكثر (مثل gm-2026-apr)، وليس «new». لم يتغير شيء.
negotiation-open-no-title = لم تُفتح: تحتاج المفاوضات إلى عنوان. لم يتغير شيء.
negotiation-open-no-chair = لم تُفتح: حدّد الرئيس بالبريد الإلكتروني لحسابه. لم يتغير شيء.
negotiation-open-bad-choice = لم تُفتح: اختر من القوائم لغة التفاوض ومن يقرأ المسودات. لم يتغير شيء.
negotiation-open-no-draft = ارفع المسودة الأولية أو اكتبها في المربع. لم يتغير شيء.
negotiation-open-two-drafts = ارفع المسودة الأولية أو اكتبها في المربع، لا الاثنين معًا. لم يتغير شيء.
negotiation-draft-legacy-doc = { $file } ملف .doc بصيغة Word 97-2003. افتحه في Word أو LibreOffice واحفظه بصيغة .docx ثم أرسله مجددًا. لم يتغير شيء.
negotiation-draft-not-docx = { $file } ليس ملف Word (.docx) مقروءًا. احفظه بصيغة .docx أو Markdown أو نص ثم أرسله مجددًا. لم يتغير شيء.
negotiation-draft-bad-xml = { $file } تالف ({ $part }، السطر { $line }، العمود { $column }). احفظه مجددًا من Word ثم أرسله. لم يتغير شيء.
negotiation-draft-too-large = حجم { $file } أو عمق تداخله بعد فك ضغطه يتجاوز ما يكون عليه أي ملف Word. لم يتغير شيء.
negotiation-draft-not-utf8 = { $file } ليس نصًا بترميز UTF-8 (ابتداءً من البايت { $byte }). احفظه نصًا بترميز UTF-8 أو Markdown أو Word. لم يتغير شيء.
negotiation-draft-empty = لا يحتوي { $file } على نص. لم يتغير شيء.
negotiation-draft-item-first = { $file }، السطر { $line }: يأتي بند فرعي قبل أي فقرة مرقّمة يمكن أن ينتمي إليها. لم يتغير شيء.
negotiation-draft-control = { $file }، السطر { $line }: لا يجوز أن يكون حرف التحكم (U+{ $code }) جزءًا من نص تفاوضي. لم يتغير شيء.
negotiation-draft-too-long = يضم { $file } { $count } فقرة؛ وما زاد على { $max } ليس نصًا تفاوضيًا. لم يتغير شيء.
negotiation-done-opened = فُتحت المفاوضات على مسودتها الأولية؛ ويمكن لمفاوضي الدول تقديم المقترحات عليها الآن.
negotiation-done-redrafted = أصبحت المسودة الأولية مسودة الرئيس؛ ويقدم مفاوضو الدول مقترحاتهم بشأنها.
