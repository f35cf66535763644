site-name = Comity
site-tagline = Ответственное поведение государств в сфере использования ИКТ: документы, рамочная основа, доклады и контакты
skip-to-content = Перейти к содержанию
nav-label = Основная навигация
nav-home = Главная
nav-states = Государства
nav-framework = Рамочная основа
language-switcher-label = Язык
footer-text = Comity — свободное программное обеспечение для рамочной основы ООН по ответственному поведению государств в сфере использования ИКТ.
footer-api = JSON API
footer-openapi = Документ OpenAPI

home-title = Ответственное поведение государств в сфере использования ИКТ
home-intro = Документы пункта повестки дня Генеральной Ассамблеи о достижениях в сфере информатизации и телекоммуникаций в контексте международной безопасности на шести официальных языках.
home-states-link = { $count } государств-членов и государств-наблюдателей
home-framework-link = Нормативная рамочная основа: компоненты, нормы и принципы

states-title = Государства-члены и государства-наблюдатели
states-intro = 193 государства — члена Организации Объединённых Наций и два государства, не являющихся членами, со статусом наблюдателя, с их краткими и официальными названиями на шести официальных языках.
states-filter-label = Фильтр по названию или коду
states-filter-button = Найти
states-order-label = Порядок
states-order-language = По алфавиту этого языка
states-order-un = Порядок ООН (краткие названия на английском)
states-count =
    { $count ->
        [one] { $count } государство
        [few] { $count } государства
        [many] { $count } государств
       *[other] { $count } государства
    }
states-none-match = Нет государств, соответствующих «{ $query }».
states-column-name = Название
states-column-formal = Официальное название
states-column-codes = Коды
states-column-status = Статус
state-status-member = Государство-член
state-status-observer = Государство-наблюдатель, не являющееся членом

state-names-heading = Названия на официальных языках
state-column-language = Язык
state-column-short = Краткое название
state-column-formal = Официальное название
state-codes-heading = Коды
state-admitted-on = Принято в члены Организации Объединённых Наций
state-observer-since = Государство-наблюдатель с
state-back = Все государства
states-region-label = Регион
states-region-any = Все регионы
state-replies-heading = Опубликованные ответы о достижениях в сфере информатизации и телекоммуникаций
state-replies-none = Ни один ответ этого государства ещё не опубликован.
state-session = { $session }-я сессия
state-sponsored-heading = Проекты и резолюции, авторами которых оно было
state-sponsored-none = В документах это государство не указано в числе авторов.
state-contacts-heading = Контактные пункты
state-contact-verified = внесён в справочник, проверен
state-contact-missing = не указан
state-checks-heading = Проверки связи
state-checks-none = Контактные пункты этого государства ещё не участвовали в проверках.
state-checks-answered = подтвердили { $acknowledged } из { $asked }

framework-title = Нормативная рамочная основа
framework-intro = Рамочная основа ответственного поведения государств в сфере использования ИКТ: её компоненты, одиннадцать добровольных норм и принципы наращивания потенциала. Каждый элемент ссылается на пункт, где приведён его официальный текст.
framework-version = Версия { $version }
framework-kind-pillar = Компонент
framework-kind-norm = Норма
framework-kind-capacity_building_principle = Принцип наращивания потенциала
framework-norm-letter = Норма { $letter })
framework-refs-heading = Где приведён официальный текст
framework-ref = { $symbol }, { $locator }
locator-para = п.
locator-section = раздел
locator-item = подпункт
framework-text-missing = Официальный текст не показан: документа { $symbol } пока нет в реестре.
framework-text-not-located = Фрагмент «{ $locator }» не найден в документе { $symbol } в том виде, в каком он хранится в реестре.
framework-children-heading = Элементы этого компонента
framework-parent = Входит в
framework-column-title = Название
framework-titles-heading = Название на официальных языках
framework-back = Вся рамочная основа
framework-reported-heading = Что сообщили государства
framework-reported-all = Прочитать, что сообщило каждое государство
framework-citing-heading = Документы, ссылающиеся на этот текст
framework-citing-none = Ни один документ в архиве пока не ссылается на этот текст.
cb-group-process_and_purpose = Процесс и цель
cb-group-partnerships = Партнёрство
cb-group-people = Люди

error-not-found-title = Страница не найдена
error-not-found-text = По этому адресу страницы нет. Проверьте адрес или вернитесь на главную страницу.
error-internal-title = Произошла ошибка
error-internal-text = Сервер не смог выполнить запрос. Ошибка записана в журнал; повторите попытку позже.
error-bad-request-title = Запрос не удалось понять

nav-documents = Документы
documents-title = Документы по пункту повестки дня
documents-intro = Резолюции, решения, проекты и доклады по этому пункту, содержащиеся в данном собрании, на тех официальных языках, на которых они были загружены.
documents-empty = Документы еще не загружены.
documents-column-symbol = Условное обозначение
documents-column-kind = Вид
documents-column-session = Сессия
documents-column-languages = Языки
documents-column-title = Название
kind-resolution = Резолюция
kind-draft_resolution = Проект резолюции
kind-decision = Решение
kind-draft_decision = Проект решения
kind-report = Доклад
kind-other = Документ
document-back = Все документы
document-versions = Языковые версии
document-compare-label = Показать рядом с
document-compare-none = Только один язык
document-compare-button = Показать
document-not-in-language = Этого документа нет на данном языке; он показан на языке: { $language }.
document-preamble = Преамбула
document-operative = Постановляющая часть
document-footnotes = Примечания
document-sponsors = Авторы
document-adopted-on = Дата принятия
document-cites = Ссылается на
document-cited-by = Цитируется в
document-missing = отсутствует в собрании
document-warnings = Что выглядит неверным в этом прочтении (для сверки Секретариатом с официальным текстом)
document-warning-numbering_gap = Пункт постановляющей части { $at } стоит там, где ожидался пункт { $expected }.
document-warning-items_skip = { $at } следует за { $expected }: пропущен подпункт.
document-warning-footnote_unmarked = У сноски { $at } нет знака сноски в тексте.
document-warning-sponsor_unresolved = Автор «{ $at }» не обозначает ни одно государство.
document-warning-lines_unplaced = Не удалось разместить строк: { $at } (строки { $expected }).
permission-keep_record = Вести фонд документов
fetches-title = Получение документов из Системы официальной документации
fetches-link = Получить документы из Системы официальной документации
fetches-intro = Укажите условные обозначения документов, по одному в строке или через пробел, и нужные языки. Каждая языковая версия загружается как официальный PDF, читается и добавляется в фонд в фоновом режиме; страница получения показывает, как идёт работа.
fetches-symbols = Условные обозначения документов
fetches-languages = Языки
fetches-start = Получить
fetches-recent = Недавние получения
fetches-requested = Запрошено
fetches-progress = Готово языковых версий: { $done } из { $total }
fetches-refused-count = Отклонено: { $count }
fetches-finished = Завершено
fetches-running = Идёт работа: страница обновляется сама каждые несколько секунд.
fetches-bad-symbol = Это не условные обозначения документов: { $symbols }. Обозначение выглядит как A/RES/76/19 или A/C.1/76/L.13.
fetches-no-symbol = Укажите хотя бы одно условное обозначение документа.
fetches-no-language = Выберите хотя бы один язык.
fetches-too-many = Не более { $max } языковых версий за раз; запрошено { $count }. Разделите список.
fetch-symbol = Условное обозначение
fetch-language = Язык
fetch-outcome = Результат
fetch-outcome-waiting = Ожидает
fetch-outcome-stored = Добавлено в фонд
fetch-outcome-updated = Обновлено
fetch-outcome-unchanged = Без изменений
fetch-outcome-refused = Отклонено
fetch-warnings-count = Требует проверки: { $count }
fetch-failed-bad-symbol = Это не условное обозначение документа.
fetch-failed-not-found = В Системе официальной документации нет версии этого документа на этом языке.
fetch-failed-redirect-loop = Перенаправления сервера идут по кругу.
fetch-failed-web-page = Сервер ответил веб-страницей вместо PDF; проверьте условное обозначение.
fetch-failed-not-pdf = Ответ сервера не является PDF.
fetch-failed-server-status = Сервер отказал в загрузке.
fetch-failed-unreachable = Сервер недоступен; повторите попытку позже.
fetch-failed-broke-off = Загрузка прервалась; повторите попытку позже.
fetch-failed-pdf-encrypted = PDF зашифрован.
fetch-failed-pdf-no-text = В PDF нет текстового слоя (скан?).
fetch-failed-pdf-truncated = PDF обрезан.
fetch-failed-pdf-damaged = PDF повреждён.
fetch-failed-symbol-mismatch = PDF несёт условное обозначение другого документа.
fetch-failed-no-structure = В тексте PDF не найдена структура документа.
document-lineage = Преемственность
document-no-citations = Ссылок нет.

nav-search = Поиск
search-title = Поиск по собранию
search-label = Искомые слова
search-button = Найти
search-language-label = Язык пунктов
search-any-language = Любой язык
search-results = { $count ->
        [one] { $count } пункт
        [few] { $count } пункта
        [many] { $count } пунктов
       *[other] { $count } пункта
    }
search-none = Ни один пункт не содержит всех этих слов.
search-facet-kind = По виду
search-facet-session = По сессии
search-facet-language = По языку
search-clear-filters = Все документы
search-results-more = Более { $count } пунктов
search-group-states = Государства
search-group-framework = Рамочная основа
search-group-documents = Названия документов
search-group-replies = Опубликованные ответы
search-group-paragraphs = Пункты документов
search-found-reply = { $state }: ответ в связи с резолюцией { $resolution }
search-sort = Порядок:
search-sort-relevance = сначала наиболее релевантные
search-sort-newest = сначала новые
home-search-label = Поиск по документам, нормам, опубликованным ответам и государствам
diff-title = Сравнение двух документов
diff-intro = По пунктам: что добавлено, исключено, перемещено или изменено, с выделением измененных слов.
diff-old = Более ранний документ
diff-new = Более поздний документ
diff-button = Сравнить
diff-choose-two = Выберите два документа реестра для сравнения.
diff-column-change = Изменение
diff-column-text = Текст
diff-change-same = Без изменений
diff-change-changed = Изменен
diff-change-moved = Перемещен
diff-change-added = Добавлен
diff-change-removed = Исключен
diff-change-aligned = То же место
diff-across-languages = У этих двух документов нет общего языка: их пункты поставлены рядом по месту ({ $old } и { $new }), без пословного сравнения.
diff-column-place = Место
diff-count-changed = { $count ->
        [one] изменен { $count } пункт
        [few] изменено { $count } пункта
        [many] изменено { $count } пунктов
       *[other] изменено { $count } пункта
    }
diff-count-added = добавлено: { $count }
diff-count-removed = исключено: { $count }
diff-count-moved = перемещено: { $count }
document-compare-other = Сравнить с другим документом
document-agenda-history = Пункт повестки дня по сессиям
document-agenda-session = Сессия { $session }: пункт { $number }
nav-account = Учетная запись
sign-in-title = Вход
sign-in-email = Адрес электронной почты
sign-in-password = Пароль
sign-in-button = Войти
sign-in-invitation-only = Учетные записи создаются только по приглашению: Секретариат приглашает координатора каждого государства, который приглашает других пользователей этого государства.
sign-in-code-intro = Введите шестизначный код из приложения для аутентификации.
sign-in-code = Код
sign-in-confirm = Подтвердить
sign-in-recovery-hint = Потеряли устройство? Введите вместо этого один из резервных кодов (например, 12345-67890).
sign-in-enrol-intro = Для каждой учетной записи с ролью нужен второй фактор. Настройте приложение для аутентификации сейчас: его код будет запрашиваться при каждом входе.
sign-in-enrol-secret = Добавьте этот ключ в приложение для аутентификации и введите показанный им код:
sign-in-enrol-qr = QR-код для настройки приложения-аутентификатора
sign-in-enrol-qr-caption = Отсканируйте этот код приложением-аутентификатором или введите ключ ниже.
sign-in-enrol-link = Открыть в приложении для аутентификации на этом устройстве
sign-in-throttled = Слишком много попыток. Подождите пятнадцать минут, прежде чем повторить.
sign-in-failed = Неверный адрес электронной почты или пароль.
sign-in-code-failed = Этот код не принят. Коды меняются каждые 30 секунд, и каждый действует один раз.
form-unknown-field = Форма отправила поле, неизвестное этой странице: { $field }. Ничего не изменено.
recovery-title = Ваши резервные коды
recovery-intro = Храните эти коды в надежном месте отдельно от устройства. Каждый позволяет войти один раз, если вы потеряете приложение для аутентификации. Они показываются только сейчас.
recovery-continue = Я сохранил их; продолжить
account-title = Ваша учетная запись
account-roles = Роли
account-no-roles = Нет ролей: эта учетная запись не действует от имени какой-либо организации.
account-sessions = Где выполнен вход
account-session-started = Вход
account-session-last-seen = Последнее использование
account-session-from = Откуда
account-session-current = текущий
account-end-all = Выйти на всех устройствах
sign-out-button = Выйти
token-title = Токены API
token-intro = Для скриптов, командной строки при работе с этим сервером и клиентов TAXII. Токен может делать только то, что вы ему разрешили из допускаемого вашими ролями, пока не истечет срок или вы его не отзовете.
token-none = Токенов пока нет.
token-name = Название
token-scopes = Разрешено
token-created = Создан
token-expires = Истекает
token-revoked = Отозван
token-revoke = Отозвать
token-days = Срок действия (дней)
token-create = Создать токен
token-shown-once = Скопируйте этот токен сейчас: он показывается один раз и больше не будет доступен.
token-scope-not-held = Токену можно дать только разрешения, предоставленные вашими ролями. Ничего не создано.
token-invalid = Токену нужны название (до 100 символов), хотя бы одно разрешение и срок от 1 до 366 дней. Ничего не создано.
org-users-title = Пользователи
org-audit-title = Журнал аудита
org-audit-intro = Все изменения, касающиеся этой организации, начиная с последних. Каждая запись сцеплена с предыдущей; `comity audit verify` доказывает, что ничего не изменено, не удалено и не вставлено.
account-name = Имя
account-status = Статус
account-disabled = Отключена
account-active = Активна
audit-when = Когда
audit-who = Кто
audit-what = Действие
audit-object = Объект
audit-details = Изменения
org-secretariat = Секретариат
error-forbidden-title = Недостаточно прав
error-forbidden-text = Ни одна из ваших ролей этого не допускает. Если это необходимо, обратитесь к координатору или в Секретариат.
role-focal_point = Координатор
role-drafter = Составитель
role-approver = Утверждающее лицо
role-poc_diplomatic = Дипломатическое контактное лицо
role-poc_technical = Техническое контактное лицо
role-admin = Администратор
role-report_editor = Редактор доклада
role-directory_manager = Администратор справочника
role-negotiator = Участник переговоров
permission-read_public = Читать открытые данные
permission-manage_accounts = Управлять учетными записями
permission-manage_state_users = Управлять пользователями государства
permission-list_users = Просматривать пользователей
permission-draft_submission = Готовить материалы
permission-approve_submission = Утверждать материалы
permission-read_state_submissions = Читать материалы государства
permission-edit_report = Редактировать доклад
permission-nominate_poc = Назначать контактных лиц
permission-read_directory = Читать справочник
permission-manage_directory = Вести справочник
permission-read_audit = Читать журнал аудита
permission-manage_own_tokens = Управлять своими токенами
permission-read_own_account = Просматривать свою учетную запись
permission-negotiate = Вести переговоры по текстам от имени государства (предложения, позиции, процедура умолчания)
permission-read_negotiations = Читать тексты, находящиеся на переговорах
permission-manage_negotiations = Управлять переговорами
welcome-title = Выберите пароль
welcome-intro = Добро пожаловать, { $name }. Выберите пароль не короче 12 символов; затем вы войдете и настроите второй фактор.
welcome-password = Новый пароль
welcome-confirm = Тот же пароль еще раз
welcome-button = Сохранить пароль
welcome-mismatch = Пароли не совпадают. Ничего не изменено.
welcome-too-short = { $count ->
        [one] Пароль должен содержать не менее { $count } символа. Ничего не изменено.
        [few] Пароль должен содержать не менее { $count } символов. Ничего не изменено.
        [many] Пароль должен содержать не менее { $count } символов. Ничего не изменено.
       *[other] Пароль должен содержать не менее { $count } символа. Ничего не изменено.
    }
welcome-too-long = Пароль слишком длинный (не более 256 символов). Ничего не изменено.
welcome-link-unknown = Эта ссылка недействительна. Запросите новую.
welcome-link-used = Эта ссылка уже использована: каждая ссылка действует один раз. Войдите или запросите новую.
welcome-link-expired = Срок действия этой ссылки истек. Запросите новую.
reset-title = Сброс пароля
reset-intro = Введите адрес своей учетной записи: на него будет отправлена ссылка для выбора нового пароля. Она действует один раз в течение часа.
reset-button = Отправить ссылку
reset-sent = Если эта почта принадлежит учетной записи, на нее отправлена ссылка.
reset-link = Забыли пароль?
invite-title = Пригласить пользователя
invite-button = Отправить приглашение
invite-sent = Приглашение отправлено по адресу { $email }.
invite-lang = Язык пользователя
invite-role = Роль
invite-bad-role = Эту роль нельзя назначить здесь: координаторов государств приглашает Секретариат, а каждая роль относится либо к государству, либо к Секретариату. Ничего не изменено.
invite-refused = Приглашение не отправлено: { $reason }. Ничего не изменено.
mail-not-configured = Почта на этом сервере не настроена (smtp_relay), поэтому ссылку отправить нельзя. Ничего не изменено.
mail-failed = Учетная запись создана, но почтовый сервер не принял приглашение; отправьте его повторно из командной строки (comity users invite).
mail-invitation-subject = Приглашение в Comity
mail-invitation-body = Уважаемый(ая) { $name }!

    Вас пригласили в Comity от имени: { $org }. Выберите пароль по ссылке (она действует один раз в течение семи дней):

    { $link }

    Если вы не ожидали этого приглашения, просто не обращайте внимания на это письмо.
mail-reset-subject = Сброс пароля в Comity
mail-reset-body = Уважаемый(ая) { $name }!

    Поступил запрос на сброс пароля вашей учетной записи в Comity. Выберите новый пароль по ссылке (она действует один раз в течение часа):

    { $link }

    Если это были не вы, не обращайте внимания на письмо: пароль останется прежним.
passkey-title = Ключи доступа
passkey-intro = Ключ доступа на этом устройстве или электронный ключ может заменить код из приложения для аутентификации при входе.
passkey-none-yet = Ключей доступа пока нет.
passkey-name = Название ключа доступа
passkey-add = Добавить ключ доступа
passkey-sign-in = Использовать ключ доступа
passkey-needs-script = Для добавления ключа доступа в этом браузере нужен JavaScript; все остальное работает без него.
passkey-failed = Ключ доступа не принят.
passkey-none = У этой учетной записи нет ключа доступа; введите код из приложения для аутентификации.
passkey-unavailable = Ключи доступа здесь недоступны: публичный адрес сервера должен быть доменным именем (public_url).
audit-whole = весь журнал
error-too-large-title = Слишком большой объем
error-too-large-text = Форма отправила больше, чем принимает сервер (64 КиБ). Ничего не изменено.
error-nul-title = Это не текст
error-nul-text = Форма содержала символ NUL (U+0000), который не является текстом. Удалите его и отправьте форму снова. Ничего не изменено.
error-rate-limited-title = Слишком много запросов
error-rate-limited-text = За последнюю минуту от вас поступило больше запросов, чем обрабатывает сервер. Подождите немного и повторите попытку. Ничего не изменено.
remove-button = Исключить
remove-done = У { $email } больше нет роли здесь; сеансы пользователя завершены.
remove-focal-point = Координатора государства исключает Секретариат. Ничего не изменено.
mail-cycle-subject = Мнения и оценки согласно резолюции { $resolution }: предлагается представить ответ
mail-cycle-body = Уважаемый(ая) { $name }!

    Секретариат предлагает вашему правительству представить мнения и оценки согласно резолюции { $resolution } (цикл { $cycle }). Ответы, полученные до { $deadline }, войдут в доклад; более поздние ответы будут изданы в виде добавлений.

    Составители вашего государства могут подготовить ответ, а утверждающее лицо — представить его по адресу { $link }
cycles-title = Мнения и оценки
cycles-intro = Циклы представления: резолюции, предлагающие государствам высказать мнения, их вопросы и сроки.
cycles-none = Открытых циклов представления нет.
cycles-resolution = Резолюция
cycles-deadline = Срок
cycles-reply-of = Ответ: { $state }
cycle-status-open = Открыт
cycle-status-closed = Закрыт
reply-title = Ответ государства: { $state }
reply-status-draft = Проект
reply-status-submitted = Представлен
reply-status-published = Опубликован
reply-version = Версия { $version }
reply-late = получен после срока: для добавления
reply-language = Язык оригинала
reply-markdown-hint = Пишите обычным текстом; понимается разметка Markdown (заголовки, нумерованные пункты, списки, таблицы, сноски).
reply-save = Сохранить эту версию
reply-submit = Представить Секретариату
reply-withdraw = Отозвать
reply-publish = Опубликовать
reply-saved = Сохранено как версия { $version }.
reply-conflict-kept = Ваш текст сохранён в форме ниже; рядом с каждым отличающимся ответом показано, что содержит версия { $version }, с отмеченными вашими изменениями. Если сохранить сейчас, ваш текст ляжет поверх версии { $version }.
reply-conflict-theirs = Версия { $version }, сохранённая тем временем:
reply-conflict-compare = Ваш текст в сравнении с ней, по словам (зачёркнуто — что ваш текст убирает, подчёркнуто — что добавляет)
reply-conflict-save = Сохранить мой поверх версии { $version }
reply-refused = Не выполнено: { $reason }. Ничего не изменено.
refusal-stale_version = Не сохранено: пока вы писали, этот ответ сохранил кто-то другой (сейчас это версия { $current }; ваша основана на версии { $yours }). Ничего не перезаписано.
refusal-step_not_allowed = Не выполнено: действие «{ $action }» недоступно для ответа со статусом «{ $status }». Ничего не изменено.
refusal-cycle_closed = Не выполнено: цикл закрыт; ответы больше нельзя сохранять или представлять.
refusal-unknown_state = Не выполнено: { $state } не является кодом государства-члена или государства-наблюдателя.
refusal-unknown_language = Не выполнено: «{ $given }» не входит в число шести официальных языков (ar, zh, en, fr, ru, es).
refusal-duplicate_account = Не выполнено: учётная запись с адресом { $email } уже существует.
refusal-unknown_account = Не выполнено: нет учётной записи с адресом { $email }.
refusal-unknown_cycle = Не выполнено: цикла { $cycle } нет.
refusal-no_reply = Не выполнено: у { $state } нет ответа в цикле { $cycle }.
refusal-invalid_email = Не выполнено: «{ $given }» не является адресом электронной почты (имя@example.org). Ничего не изменено.
refusal-role_outside_org = Не выполнено: роль «{ $role }» относится { $holder ->
        [state] к государству
       *[other] к Секретариату
    }, а не к { $org }. Ничего не изменено.
refusal-duplicate_cycle = Не выполнено: цикл по { $resolution } с докладом { $session } сессии уже существует ({ $cycle }). Ничего не изменено.
refusal-cycle_resolution = Не выполнено: «{ $given }» не является условным обозначением резолюции Генеральной Ассамблеи; укажите, например, A/RES/76/19. Ничего не изменено.
refusal-cycle_session = Не выполнено: сессия Генеральной Ассамблеи — это число от 1 до 200, а не { $given }. Ничего не изменено.
refusal-cycle_date = Не выполнено: { $field } «{ $given }» не является датой; укажите её в виде ГГГГ-ММ-ДД. Ничего не изменено.
refusal-cycle_deadline_before_note = Не выполнено: крайний срок { $deadline } наступает раньше даты вербальной ноты { $sent }. Ничего не изменено.
refusal-cycle_question_count = Не выполнено: в цикле должен быть хотя бы один вопрос и не более 20. Ничего не изменено.
refusal-cycle_question = Не выполнено: вопрос { $label }: { $detail }. Ничего не изменено.
refusal-cycle_note_verbale = Не выполнено: не указан номер вербальной ноты. Ничего не изменено.
refusal-translation_of_original = Не выполнено: ответ { $state } уже на языке { $lang } (это язык оригинала). Ничего не изменено.
refusal-attachment_empty = Не приложено: файл { $name } пуст. Ничего не изменено.
refusal-attachment_too_large = Не приложено: размер { $name } — { $size } байт, больше предела в { $limit } байт (10 МиБ). Ничего не изменено.
refusal-attachment_wrong_type = Не приложено: прикладывать можно только файлы PDF и Word (.docx); { $name } — это { $found }. Ничего не изменено.
refusal-attachment_name_mismatch = Не приложено: { $name } — файл { $actual }, но его имя оканчивается на .{ $named }; переименуйте его в .{ $expected }. Ничего не изменено.
refusal-attachment_bad_docx = Не приложено: { $name } не читается как файл Word. Ничего не изменено.
refusal-attachment_bad_name = Не приложено: имя файла — от 1 до 200 символов, без папок и управляющих символов («{ $name }»). Ничего не изменено.
refusal-attachment_too_many = Не приложено: можно приложить не более { $limit } файлов; сначала удалите один. Ничего не изменено.
refusal-required = Не выполнено: не указано: { $field }. Ничего не изменено.
refusal-out_of_range = Не выполнено: { $field } — от { $min } до { $max }, а не { $given }. Ничего не изменено.
refusal-not_a_number = Не выполнено: { $field } — целое число, а не «{ $given }». Ничего не изменено.
refusal-not_one_of = Не выполнено: { $field } — одно из значений { $allowed }, а не «{ $given }». Ничего не изменено.
refusal-not_a_date = Не выполнено: «{ $given }» не является датой (ГГГГ-ММ-ДД). Ничего не изменено.
refusal-not_a_time = Не выполнено: { $field } «{ $given }» не является моментом времени (например, 2026-12-08T17:00:00Z). Ничего не изменено.
refusal-time_passed = Не выполнено: { $field } { $given } уже прошло. Ничего не изменено.
refusal-invalid = Не выполнено: { $name }: { $detail }. Ничего не изменено.
refusal-no_contact_in_scope = Не начато: ни один внесённый в справочник контакт не входит в охват этого раунда. Ничего не изменено.
refusal-unknown_contact = Не выполнено: у { $state } нет внесённого контакта { $id }. Ничего не изменено.
refusal-unknown_change = Не выполнено: изменения { $id } нет. Ничего не изменено.
refusal-already_decided = Не выполнено: изменение { $id } уже { $decision }. Ничего не изменено.
refusal-contact_unlisted = Не выполнено: контакта { $id } больше нет в справочнике. Ничего не изменено.
refusal-message_not_taken = Не отправлено: его идентификатор или упомянутое в нём сообщение или обсуждение недоступны этой учётной записи. Ничего не изменено.
refusal-write_to_self = Не отправлено: { $state } не может писать самому себе. Ничего не изменено.
refusal-thread_open = Не отправлено: это обсуждение уже открыто; ответьте в нём заметкой, а не новым сообщением об инциденте. Ничего не изменено.
refusal-no_one_to_reply = Не отправлено: в этом обсуждении нет других участников, которым можно ответить. Ничего не изменено.
refusal-not_a_person_of_contact = Не отправлено: { $email } не является контактным лицом { $states } в Comity; TLP:RED направляется только лицам, которые могут войти в систему. Ничего не изменено.
refusal-no_listed_contact = Не отправлено: у { $state } пока нет внесённого в справочник контактного лица; сообщение никому не дойдёт. Ничего не изменено.
refusal-not_a_recipient = Не выполнено: { $state } не получало это сообщение; получение подтверждают его адресаты. Ничего не изменено.
refusal-not_the_author = Не приложено: файлы к сообщению прикладывает только его автор. Ничего не изменено.
refusal-marking_too_low = Не отправлено: ответ на сообщение с пометкой { $replied } нельзя пометить { $reply }; оставьте { $replied } или ограничьте сильнее. Ничего не изменено.
refusal-kind_mismatch = Не сохранено: { $symbol } записан как «{ $recorded }», а этот текст читается как «{ $kind }». Ничего не изменено.
refusal-too_many_paragraphs = Не сохранено: в { $symbol } ({ $lang }) { $count } пунктов; сохранить можно не более { $max }. Ничего не изменено.
refusal-no_symbol = Не сохранено: в { $source } нет условного обозначения документа; укажите его в соответствующем поле. Ничего не изменено.
refusal-backup_older_than_target = Не восстановлено: целевая база данных имеет версию схемы { $target }, а резервная копия — { $backup }; восстановите в новую базу данных. Ничего не изменено.
refusal-target_not_empty = Не восстановлено: в целевой базе данных уже есть данные (в таблице { $table } { $count } строк); восстановите в новую базу данных. Ничего не изменено.
refusal-unknown_negotiation = Не выполнено: переговоров { $id } нет.
refusal-negotiation_name_taken = Не создано: переговоры с именем { $name } уже существуют. Ничего не изменено.
refusal-negotiation_closed = Не выполнено: текст переговоров принят или переговоры закрыты; по нему больше нельзя ничего предлагать, решать или фиксировать. Ничего не изменено.
refusal-under_silence = Не подано: текст находится в процедуре умолчания; предложения ждут, пока Председатель не продолжит. Ничего не изменено.
refusal-proposals_closed = Не подано: предложения по этой редакции принимались до { $deadline }; Председатель может возобновить прием. Ничего не изменено.
refusal-not_in_revision = Не подано: пункта, к которому относится предложение, нет в текущей редакции (Rev.{ $revision }); вносите предложения к тексту этой редакции. Ничего не изменено.
refusal-own_proposal = Не зафиксировано: государство не занимает позицию по предложению, которое оно внесло или к которому присоединилось. Ничего не изменено.
refusal-silence_broken_already = Не зафиксировано: { $state } уже нарушило молчание по этому тексту; государство делает это один раз. Ничего не изменено.
refusal-silence_ended = Не зафиксировано: процедура умолчания закончилась { $deadline }. Ничего не изменено.
refusal-not_the_chair = Не выполнено: это может делать только Председатель переговоров или его вспомогательный персонал. Ничего не изменено.
refusal-zero_draft_in_use = Не заменено: нулевой проект заменяется, только пока на него ничего не опирается — нет ни предложений, ни письменных материалов, ни Rev.1. Теперь Председатель меняет его следующей редакцией. Ничего не изменено.
refusal-text_replaced = Не отправлено: Председатель заменил текст во время отправки. Прочитайте текст в нынешнем виде и отправьте снова. Ничего не изменено.
refusal-stakeholders_not_admitted = Не выполнено: проекты этих переговоров предназначены только для государств; заинтересованные стороны аккредитуются при переговорах, которые Секретариат открыл для них. Ничего не изменено.
refusal-state_user_not_stakeholder = Не выполнено: у { $email } есть роль от имени государства или Секретариата; заинтересованная сторона аккредитуется на собственной учётной записи. Ничего не изменено.
refusal-not_a_stakeholder = Не выполнено: письменные материалы по тексту представляют только заинтересованные стороны, аккредитованные при этих переговорах. Ничего не изменено.
refusal-input_too_long = Не представлено: письменный материал содержит не более { $max } знаков. Ничего не изменено.
refusal-unknown_proposal = Не выполнено: в этих переговорах нет предложения { $id }. Ничего не изменено.
refusal-field-account_name = имя учётной записи
refusal-field-round_title = название раунда
refusal-field-rejection_reason = причина отказа, которую прочтёт государство
refusal-field-contact_details = данные контакта
refusal-field-contact_choice = какой контакт изменить или удалить
refusal-field-token_name_length = длина названия токена (в символах)
refusal-field-token_permissions = хотя бы одно разрешение для токена
refusal-field-token_days = срок действия токена в днях
refusal-field-translation_text = текст официального перевода (пока он не готов, отметьте перевод как ожидаемый)
refusal-field-translation_status = статус перевода
refusal-field-fetch_items = число языковых вариантов для загрузки (хотя бы одно обозначение и один язык)
refusal-field-round_hours = продолжительность раунда в часах
refusal-field-repeat_days = число дней между раундами
refusal-field-ack_channel = способ подтверждения
refusal-field-contact_category = категория контакта
refusal-field-deadline = крайний срок
refusal-field-start = начало
refusal-field-note_verbale_date = дата вербальной ноты
refusal-decision-verified = подтверждено
refusal-decision-rejected = отклонено
refusal-action-save = изменение
refusal-action-submit = представление
refusal-action-withdraw = отзыв
refusal-action-publish = публикация
reply-now-draft = Ответ снова является проектом.
reply-now-submitted = Ответ представлен Секретариату.
reply-now-published = Ответ опубликован.
report-un = Организация Объединенных Наций
report-ga = Генеральная Ассамблея
report-distribution = Distr.: General
report-session = Сессия { $session }
report-item = Пункт { $item } предварительного перечня
report-heading = Доклад Генерального секретаря
report-heading-addendum = Доклад Генерального секретаря: добавление
report-introduction = I. Введение
report-intro-invited = В своей резолюции { $resolution } от { $date }, озаглавленной «{ $title }», Генеральная Ассамблея предложила всем государствам-членам продолжать информировать Генерального секретаря о своих мнениях и оценках по следующим вопросам:
report-intro-note-verbale = Во исполнение этой просьбы { $date } государствам-членам была направлена вербальная нота ({ $reference }) с предложением представить информацию по данному вопросу. Полученные ответы воспроизводятся в том виде, в каком они были получены, в разделе II ниже. Ответы, полученные после установленного срока, будут изданы в виде добавлений к настоящему докладу.
report-replies = II. Ответы, полученные от правительств
report-no-replies = Ответов не поступало.
report-original = Подлинный текст на { $language }
report-untranslated = Воспроизводится на языке представления; перевод отсутствует.
lang-name-ar = арабском языке
lang-name-zh = китайском языке
lang-name-en = английском языке
lang-name-fr = французском языке
lang-name-ru = русском языке
lang-name-es = испанском языке
views-intro = Ответы, направленные государствами Генеральному секретарю, после их опубликования, и составленный на их основе доклад.
views-published = Опубликовано ответов
nav-views = Мнения
mail-reminder-subject = Напоминание: мнения и оценки согласно резолюции { $resolution }
mail-reminder-body = Уважаемый(ая) { $name }!

    Секретариат еще не получил ответ вашего правительства согласно резолюции { $resolution } (цикл { $cycle }). Ответы, полученные до { $deadline }, войдут в доклад; более поздние ответы будут изданы в виде добавлений.

    Ответ можно подготовить и представить по адресу { $link }
reply-versions-title = Сравнение версий

## The report in Word and its notes
report-as-received = Ответы воспроизводятся в том виде, в каком они были получены, без официального редактирования; используемые в них наименования принадлежат представившим их правительствам.
report-translation-pending = Перевод на этот язык готовится; ответ воспроизводится на языке представления.

## The introduction when the resolution is not in the record
report-intro-invited-bare = В своей резолюции { $resolution } Генеральная Ассамблея предложила всем государствам-членам продолжать информировать Генерального секретаря о своих мнениях и оценках по следующим вопросам:

## The structured reply (after the National Survey of Implementation)
survey-status-label = Осуществление:
survey-measures-label = Виды мер:
survey-status-implemented = осуществляется
survey-status-partly = осуществляется частично
survey-status-planned = запланировано
survey-status-not-started = не начато
survey-status-not-applicable = неприменимо
survey-measure-legislation = законодательство
survey-measure-policy = политика или стратегия
survey-measure-institution = институты
survey-measure-cooperation = международное сотрудничество
survey-measure-capacity-building = наращивание потенциала
survey-measure-other = прочее
survey-list-measures = принятые меры
survey-list-challenges = трудности
survey-list-needs = потребности в потенциале
survey-title = Структурированный ответ (необязательно)
survey-hint = По образцу Национального обзора осуществления: по каждой норме — степень осуществления и виды мер, с комментариями; по каждой части — принятые меры, трудности и потребности в потенциале. Ни один вопрос не является обязательным.
survey-comments = Комментарии
survey-not-answered = нет ответа

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = Государства, ответы которых опубликованы, по циклам
views-chart-norms = Государства, представившие информацию по каждой норме
views-chart-statuses = Осуществление по данным государств
views-by-state = Мнения и оценки: { $state }
views-by-element = Информация государств: { $element }
views-states-reporting = Представивших информацию государств: { $count }
views-none-state = Ответы этого государства еще не опубликованы.
views-none-element = Опубликованных ответов по этому элементу пока нет.
views-open-data = Все опубликованные ответы в виде открытых данных
views-download-docx = Доклад в формате Word
views-by-state-title = Ответы по государствам
views-by-element-title = Ответы по элементам рамочной основы
views-count = Число
csv-column-cycle = Цикл
csv-column-state = Код государства
csv-column-state-name = Государство
csv-column-original-language = Язык оригинала
csv-column-date = Дата
csv-column-late = С опозданием
csv-column-question = Вопрос
csv-column-answer = Ответ

## Attachments and translations of a reply
reply-attachments = Вложения
reply-attach = Приложить
reply-attach-hint = PDF или Word (.docx), не более 10 МиБ каждый и не более 10 на ответ.
reply-attach-file = Файл
reply-attached = Файл { $name } приложен.
reply-detached = Вложение удалено.
reply-remove = Удалить
reply-translations = Переводы
reply-translation-outdated = сделан с более ранней версии
reply-translation-add = Приложить перевод
reply-translation-into = На язык
reply-translation-status = Статус
reply-translation-saved = Перевод сохранен.
translation-status-official = официальный перевод
translation-status-pending = перевод ожидается
translation-status-original = оригинал

## The Secretariat's view of a cycle
cycle-overview-title = Ответы по резолюции { $resolution }
cycle-overview-link = Все ответы
cycle-overview-counts = Проекты: { $draft } · Представлены: { $submitted } · Опубликованы: { $published }
cycle-column-state = Государство
cycle-column-submitted = Дата представления

## The Points of Contact directory
contacts-title = Справочник контактных пунктов
contacts-intro = Глобальный межправительственный справочник контактных пунктов: к кому обращаться в каждом государстве по дипломатическим и техническим вопросам. Конфиденциально: никогда не публикуется.
contacts-not-yet = Пользователи вашего государства увидят справочник, когда администратор справочника проверит один из его контактных пунктов.
contacts-category = Категория
contacts-category-diplomatic = Дипломатический
contacts-category-technical = Технический
contacts-name = Имя
contacts-position = Должность
contacts-institution = Учреждение
contacts-emails = Адреса электронной почты
contacts-phones = Номера телефонов
contacts-languages = Рабочие языки
contacts-hours = Часы работы
contacts-time-zone = Часовой пояс
contacts-openpgp = Открытый ключ OpenPGP (необязательно)
contacts-list-hint = Несколько: по одному в строке или через точку с запятой. Языки двухбуквенными кодами (en, fr, ar).
contacts-own-title = Контактные пункты: { $state }
contacts-nominate = Назначить контактный пункт
contacts-nominated = Назначение ожидает проверки администратором справочника.
contacts-remove = Запросить удаление
contacts-removal-asked = Удаление ожидает проверки администратором справочника.
contacts-changes-title = Изменения, ожидающие проверки
contacts-verify = Подтвердить
contacts-reject = Отклонить
contacts-reason = Причина (государство ее увидит)
contacts-decided = Готово: изменение { $status }.
contacts-history = Назначения, изменения и удаления
contacts-kind-nominate = назначение
contacts-kind-change = изменение
contacts-kind-remove = удаление
contacts-status-pending = ожидает
contacts-status-verified = подтверждено
contacts-status-rejected = отклонено
contacts-export = Экспорт (CSV)
contacts-none = Контактных пунктов пока нет.
contacts-queue-more = Показаны { $shown } самых ранних из { $total } ожидающих изменений; решённые освобождают место для следующих.
contacts-state = Государство

## Communication checks
check-mail-subject = Справочник контактных пунктов: просьба подтвердить получение этой проверки до { $deadline }
check-mail-body =
    Уважаемый(ая) { $name }!
    
    Администратор Глобального межправительственного справочника контактных пунктов проверяет доступность контактных пунктов. Просьба подтвердить получение до { $deadline } (UTC), открыв эту персональную одноразовую ссылку:
    
    { $link }
    
    Спасибо.
ack-title = Проверка связи
ack-confirm = Подтвердить получение
ack-explain = Подтвердите, что эта проверка до вас дошла. Само открытие ссылки ничего не записывает.
ack-recorded = Спасибо: ваше подтверждение записано.
ack-already = Эта ссылка уже использована; действует первое подтверждение.
ack-expired = Срок этой проверки истек; ничего не записано.
ack-unknown = Эта ссылка недействительна. Используйте ссылку из последнего письма о проверке.
checks-title = Проверки связи
checks-start = Начать проверку всех внесенных контактных пунктов
checks-round-title = Название
checks-deadline = Срок (UTC)
checks-started = Начато: запрошено контактных пунктов: { $count }; письма отправляются.
checks-asked = Запрошено
checks-acknowledged = Подтвердили
checks-rate = Доля ответов
checks-median = Медианное время
checks-p90 = 90-й процентиль
checks-overall = Все контактные пункты
checks-no-answer = нет ответа
checks-chart = Минуты до подтверждения, по контактным пунктам

## A State's own check results
checks-own-title = Проверки связи: { $state }
checks-none = Проверок контактных пунктов этого государства еще не было.

## Bounced check mail
checks-bounced = письмо не доставлено

## Check reminders
check-reminder-subject = Напоминание: просьба подтвердить получение этой проверки до { $deadline }

## Messages between States (requests, notifications, replies)
messages-title = Сообщения между государствами
messages-for = Запросы, уведомления и ответы: { $state }, с учетом их маркировки TLP.
messages-none = Сообщений пока нет.
message-new = Написать другому государству
message-from = От
message-from-state = от: { $state }
message-last = Последнее (UTC)
message-sent = Отправлено (UTC)
message-awaits = ожидает подтверждения
message-acknowledged-at = подтверждено
message-deadline = до
message-acknowledge = Подтвердить получение
message-acknowledged = Получение подтверждено от имени вашего государства.
message-acknowledged-before = Ваше государство уже подтвердило получение этого сообщения.
message-reply = Ответить
message-send = Отправить
message-window = Период (UTC)
message-privacy = Контактам получателей по почте сообщается лишь о том, что их ждет сообщение, но не его содержание; прочесть его можно здесь, после входа.
message-named-hint = Только для TLP:RED: адреса адресатов через запятую; никто другой, даже их коллеги, его не прочтет.
message-choose = выберите один из предложенных вариантов
message-gone = Сообщение, на которое вы отвечаете, вам недоступно.
message-field-error = { $field }: { $message }
message-field-kind = Тип
message-field-recipients = Кому
message-field-subject = Тема
message-field-sector = Затронутый сектор критической инфраструктуры
message-field-window_start = С (UTC)
message-field-window_end = По (UTC)
message-field-urgency = Срочность
message-field-tlp = Маркировка TLP
message-field-elements = Связанные элементы рамочной основы
message-field-named = Поименованные адресаты
message-field-body = Текст
message-sector-none = Нет

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = Уведомление
message-kind-request_information = Запрос информации
message-kind-request_assistance = Запрос о помощи
message-kind-reply = Ответ
message-urgency-low = Низкая (72 часа на подтверждение)
message-urgency-medium = Средняя (24 часа)
message-urgency-high = Высокая (4 часа)
message-urgency-critical = Критическая (1 час)
message-tlp-clear = TLP:CLEAR — без ограничений
message-tlp-green = TLP:GREEN — в пределах сообщества
message-tlp-amber = TLP:AMBER — организация государства-получателя, по принципу служебной необходимости
message-tlp-amber-strict = TLP:AMBER+STRICT — только контактные пункты государства-получателя
message-tlp-red = TLP:RED — только поименованные лица
message-sector-energy = Энергетика
message-sector-water = Водоснабжение
message-sector-health = Здравоохранение
message-sector-finance = Финансы
message-sector-transport = Транспорт
message-sector-telecommunications = Электросвязь
message-sector-digital_infrastructure = Цифровая инфраструктура
message-sector-government = Государственное управление
message-sector-emergency_services = Экстренные службы
message-sector-food = Продовольствие
message-sector-elections = Выборы
message-sector-other = Другое
messages-escalated-title = Сообщения, не подтвержденные в срок
messages-escalated-intro = Ни технические, ни дипломатические контакты не подтвердили эти сообщения в срок. Показано лишь, кто кому писал, но не содержание.
messages-escalated-none = Все сообщения подтверждены в срок.
message-mail-subject = { $kind } от { $state } ({ $urgency }, { $tlp })
message-mail-escalated-subject = Еще не подтверждено: { $kind } от { $state } ({ $tlp })
message-mail-body = Уважаемый(ая) { $name }!
    
    { $state } направило вашему государству сообщение через справочник контактных пунктов: { $kind }, срочность { $urgency }, маркировка { $tlp }.
    Прочтите его и подтвердите получение до { $deadline } UTC, войдя в систему:
    
    { $link }
    
    Само сообщение в это письмо не включено.

## Permission to exchange messages (token scopes)
permission-exchange_messages = Обмен сообщениями с другими государствами (портал и TAXII)

## Round reports and scheduled rounds
checks-started-at = Начало (UTC)
checks-summary = Ответы
checks-median-minutes = Медианное время
checks-p90-minutes = 90-й процентиль времени
checks-by-contact = Ответы по контактам
checks-answer = Время до подтверждения
checks-report-docx = Отчет (Word)
checks-report-html = Отчет (веб-страница)
checks-schedule = Запланировать проверку
checks-start-at = Начало (UTC)
checks-window-hours = Часов на ответ
checks-every-days = Повторять каждые (дней; пусто — один раз)
checks-schedules = Запланированные проверки
checks-scheduled = Запланировано: сервер начнет проверку { $at }.
checks-once = один раз
checks-every = каждые { $days } дн.
checks-unschedule = Остановить
checks-unscheduled = Расписание остановлено; уже начатые проверки сохраняются.
checks-history = Надежность во времени

## Communication checks waiting for the signed-in contact
checks-pending = Проверки связи, ожидающие вашего подтверждения

## UNSD M49 regions (check statistics by region)
region-002 = Африка
region-019 = Америка
region-142 = Азия
region-150 = Европа
region-009 = Океания

## Attachments of messages between States
message-attach = Приложить файл к вашему сообщению (PDF или Word, до 10 МБ)
message-attach-send = Приложить
draft-found = Этот браузер сохранил неотправленный текст, который вы набрали здесь:
draft-restore = Восстановить
draft-discard = Удалить
cycle-waiting-title = { $count ->
    [one] { $count } государство-член не представило ответ
    [few] { $count } государства-члена не представили ответ
   *[many] { $count } государств-членов не представили ответ
}
cycle-remind = Напомнить их координаторам сейчас
cycle-reminded = { $count ->
    [one] Напоминание отправлено { $count } координатору.
   *[other] Напоминания отправлены координаторам: { $count }.
}

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = Поиск по материалам
site-search-placeholder = Документы, нормы, ответы, государства
site-search-button = Найти
nav-role-label = Ваша работа
nav-for-state = { $link } ({ $state })
nav-own-reply = Наш ответ
nav-own-contacts = Наши контактные лица
nav-own-checks = Наши проверки
nav-own-users = Наши пользователи
nav-messages = Сообщения
nav-checks-to-acknowledge = Проверки для подтверждения
nav-cycles = Циклы докладов
nav-checks = Проверки связи
nav-directory = Справочник
nav-queue = Изменения на проверку
nav-audit = Журнал аудита
nav-fetches = Загрузки из СОД
checks-none-pending = Нет проверок связи, ожидающих вашего подтверждения.

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a } с
duration-minutes = { $a } мин { $b } с
duration-hours = { $a } ч { $b } мин
duration-days = { $a } дн. { $b } ч

## The mail outbox
outbox-title = Исходящая почта
outbox-intro = Отсюда уходит каждое письмо Comity: в очереди, повторная отправка с растущими паузами, если почтовый сервер временно отказывает, отправлено или возвращено, если адреса не существует. Тексты содержат одноразовые ссылки и не показываются.
outbox-intro-demo = Эта демонстрация доставляет письма в собственный почтовый ящик на этом компьютере: каждое письмо показано целиком, со ссылками, чтобы проверки связи, приглашения и сброс паролей можно было пройти до конца.
outbox-intro-no-relay = Почтовый сервер не настроен (smtp_relay): письма ждут здесь, пока он не будет указан.
outbox-status-queued = В очереди
outbox-status-retrying = Повторная попытка
outbox-status-sent = Отправлено
outbox-status-bounced = Возвращено
outbox-oldest-unsent = Самое давнее неотправленное письмо
outbox-empty = Писем ещё не отправлялось.
outbox-sent-at = отправлено
outbox-next-attempt = следующая попытка
outbox-attempts = { $count ->
    [one] { $count } попытка
    [few] { $count } попытки
   *[other] { $count } попыток
}
nav-outbox = Исходящая почта

## Negotiations: the compilation text's own words
negotiation-compilation-title = Сводный текст предложений по { $revision }
negotiation-zero-draft = нулевому проекту
negotiation-proposed-by = Предложено: { $proposer }
negotiation-co-sponsors = соавторы: { $states }
negotiation-late = с опозданием
negotiation-withdrawn = отозвано
negotiation-delete = исключить пункт
negotiation-move-after = перенести после пункта { $label }
negotiation-move-first = перенести в начало
negotiation-add-after = добавить пункт после него
negotiation-comment = замечание
stance-support = Поддерживает
stance-oppose = Возражает
stance-can_live_with = Может согласиться
stance-reserve = Оговорка

## Negotiations: pages
negotiations-title = Переговоры
negotiations-intro = Итоговые тексты на переговорах: каждая редакция с предложениями государств и занятыми ими позициями.
negotiations-empty = Нет переговоров, доступных вам для чтения.
negotiations-col-title = Текст
negotiations-col-process = Процесс
negotiations-col-stage = Этап
negotiations-col-revision = Редакция
negotiation-stage-open = открыт для предложений
negotiation-stage-silence = процедура умолчания
negotiation-stage-adopted = принят
negotiation-stage-closed = закрыт
negotiation-deadline = Предложения до
negotiation-proposals = Показано предложений
negotiation-filter-paragraph = Пункт (место)
negotiation-filter-state = Государство (код ISO)
negotiation-filter-status = Статус
negotiation-status-standing = Действующие (не отозванные)
negotiation-status-late = Поданные с опозданием
negotiation-status-opposed = Против которых возражает государство
negotiation-status-unopposed = Против которых не возражает ни одно государство
negotiation-status-withdrawn = Отозванные
negotiation-status-all = Все, включая отозванные
negotiation-filter-bad-status = Выберите статус из списка: действующие, поданные с опозданием, оспариваемые, неоспариваемые, отозванные или все.
negotiation-filter-apply = Показать
negotiation-download-docx = Скачать сводный текст в формате Word с исправлениями
negotiation-download-akn = Скачать сводный текст в формате Akoma Ntoso XML (редакция и каждое предложение в виде поправки)

## Формы переговоров: предложения, позиции и процедура молчания делегаций, решения Председателя.
time-new-york = { $time } по нью-йоркскому времени
negotiation-done-filed = Ваше предложение внесено. Оно показано ниже, под своим пунктом.
negotiation-done-position = Ваша позиция записана.
negotiation-done-withdrawn = Предложение отозвано.
negotiation-done-broken = Молчание нарушено. Председатель видит вашу причину.
negotiation-done-revised = Следующая редакция подготовлена на основе решений; предложения по ней принимаются с этого момента.
negotiation-done-silence = Текст распространен в рамках процедуры молчания.
negotiation-done-adopted = Текст принят.
negotiation-redraft-title = Нулевой проект Председателя
negotiation-redraft-explain = По нулевому проекту ещё ничего не предложено и не представлено: Председатель может заменить его своим (файл Word, Markdown или текст). Срок остаётся прежним; в журнале сохраняется запись о замене.
negotiation-redraft-submit = Заменить нулевой проект
negotiation-silence-title = Процедура молчания
negotiation-silence-until = Этот текст находится в процедуре молчания до { $time }. Если ни одно государство не нарушит молчание до этого срока, он принимается.
negotiation-break-reason = Почему ваша делегация нарушает молчание
negotiation-break = Нарушить молчание
negotiation-breaks = Молчание нарушили
negotiation-acting-for = Вы действуете от имени: { $state }.
negotiation-decide-link = Принять решения по предложениям и подготовить следующую редакцию
negotiation-propose-link = Предложить изменение этого пункта
negotiation-your-position = Ваша позиция
negotiation-statement = Заявление (необязательно)
negotiation-record-position = Записать позицию
negotiation-withdraw = Отозвать предложение
negotiation-choose-kind = Выберите, чем является новый пункт: нумерованный пункт, подпункт, ненумерованный абзац или заголовок.
negotiation-choose-action = Выберите, что делает предложение: изменить формулировку, добавить после, исключить, перенести или прокомментировать.
negotiation-choose-stance = Выберите позицию: поддержка, возражение, приемлемо или оговорка.
negotiation-propose-title = Предложить изменение
negotiation-propose-lead = К пункту { $label } документа { $revision }
negotiation-field-action = Что делает предложение
negotiation-action-replace = Изменить формулировку пункта
negotiation-action-add_after = Добавить новый пункт после него
negotiation-action-delete = Исключить пункт
negotiation-action-move = Перенести пункт
negotiation-action-comment = Прокомментировать, не меняя текст
negotiation-field-text = Новая формулировка или новый пункт (на языке переговоров)
negotiation-field-kind = Новый пункт — это
negotiation-kind-numbered = нумерованный пункт
negotiation-kind-item = подпункт
negotiation-kind-unnumbered = ненумерованный абзац
negotiation-kind-heading = заголовок
negotiation-field-after = Перенести
negotiation-field-justification = Обоснование
negotiation-field-co-sponsors = Соавторы (коды ISO через запятую)
negotiation-field-group = От имени группы (необязательно)
negotiation-field-group-name = Название группы
negotiation-field-group-members = Ее государства (коды ISO, включая ваше)
negotiation-file = Внести предложение
negotiation-decide-title = Решения Председателя
negotiation-decide-lead = Решение по каждому предложению к документу { $revision } дает { $next }.
negotiation-decide-none = Ни одно предложение к этой редакции не меняет текст.
negotiation-paragraph = Пункт { $label }
negotiation-asks-replace = изменить формулировку пункта
negotiation-outcome-accept = Принять
negotiation-outcome-merge = Объединить, в формулировке Председателя
negotiation-outcome-set_aside = Отложить
negotiation-merge-text = Формулировка Председателя для объединения
negotiation-decision-reason-label = Причина
negotiation-next-deadline = Предложения к следующей редакции до (по нью-йоркскому времени, необязательно)
negotiation-build = Подготовить { $next }
negotiation-silence-explain = Распространить { $revision } в рамках процедуры молчания: если ни одно государство не нарушит молчание до срока, текст принимается в этот момент.
negotiation-silence-deadline = Молчание до (по нью-йоркскому времени)
negotiation-silence-start = Распространить в рамках процедуры молчания
negotiation-decision-missing = Пункт { $label }: для каждого предложения выберите «принять», «объединить» или «отложить». Ничего не изменено.
negotiation-decision-reason = Пункт { $label }: укажите причину решения. Ничего не изменено.
negotiation-bad-time = Укажите дату и время по нью-йоркскому времени (например, 14 марта 2026 г., 18:00). Ничего не изменено.
refusal-proposal_no_paragraph = Не внесено: в текущей редакции нет пункта на месте { $place }. Ничего не изменено.
refusal-proposal_no_text = Не внесено: в предложении нет текста; напишите новую формулировку. Ничего не изменено.
refusal-proposal_same_text = Не внесено: новая формулировка совпадает с текстом пункта; измените ее или оставьте комментарий. Ничего не изменено.
refusal-proposal_move_onto_itself = Не внесено: пункт нельзя перенести после него самого; выберите другое место. Ничего не изменено.
refusal-proposal_too_long = Не внесено: обоснование или заявление — не более { $max } знаков. Ничего не изменено.
refusal-proposal_withdrawn = Не записано: предложение отозвано. Ничего не изменено.
refusal-proposal_sponsor_twice = Не внесено: { $state } назван дважды среди автора и соавторов. Ничего не изменено.
refusal-proposal_bad_group = Не внесено: у группы должно быть название и список входящих в нее государств, включая ваше. Ничего не изменено.
refusal-decision_unknown_proposal = Не подготовлено: к этой редакции нет предложения { $proposal }. Ничего не изменено.
refusal-decision_twice = Не подготовлено: по предложению { $proposal } принято два решения. Ничего не изменено.
refusal-decision_missing = Не подготовлено: по { $count } предложениям еще нет решения ({ $proposals }). Ничего не изменено.
refusal-decision_conflict = Не подготовлено: предложения { $first } и { $second } оба меняют формулировку пункта на месте { $place }; объедините одно с нужной формулировкой, а другое отложите. Ничего не изменено.
refusal-decision_move_after_deleted = Не подготовлено: предложение { $proposal } переносит пункт после пункта на месте { $place }, который эта редакция исключает. Ничего не изменено.
refusal-decision_move_cycle = Не подготовлено: принятые переносы ставят пункты друг за другом по кругу ({ $proposals }); отложите один из них. Ничего не изменено.
refusal-decision_empty_merge = Не подготовлено: объединенная формулировка предложения { $proposal } пуста. Ничего не изменено.
refusal-decision_on_comment = Не подготовлено: комментарий ({ $proposal }) не меняет текст и не требует решения. Ничего не изменено.
refusal-not_adopted_yet = Не записано: объяснения позиции и заявления о неприсоединении записываются после принятия текста. Ничего не изменено.
refusal-field-silence_reason = причина нарушения молчания
refusal-field-explanation = объяснение позиции
refusal-field-input = письменный материал
refusal-field-organisation = организация
negotiation-adopted-on = Принят
negotiation-adopted-consensus = консенсусом на заседании
negotiation-adopted-silence = в рамках процедуры молчания
negotiation-symbol = Условное обозначение документа
negotiation-compendium = Сборник объяснений позиции
negotiation-compendium-empty = Ни одно государство не записало объяснение позиции.
negotiation-compendium-docx = Скачать сборник в формате Word
negotiation-disassociates = Не присоединяется к пунктам { $paragraphs }
negotiation-disassociate-from = Ваша делегация не присоединяется к этим пунктам (необязательно)
negotiation-explanation = Объяснение позиции вашей делегации
negotiation-record-explanation = Записать объяснение позиции
negotiation-done-explained = Ваше объяснение позиции записано; оно включено в сборник.
negotiation-adopt-title = Принятие
negotiation-adopt-explain = Принять { $revision } консенсусом на заседании. После этого предложения к тексту не принимаются; государства могут записать объяснения позиции.
negotiation-adopt = Принять консенсусом

# The adopted text in the document record, and where each paragraph came from
refusal-symbol_in_record = Не издано: { $symbol } уже есть в реестре документов; принятый текст издаётся под собственным условным обозначением. Ничего не изменено.
refusal-issued_already = Не издано: принятый текст уже издан под обозначением { $symbol }. Ничего не изменено.
refusal-issue_before_adoption = Не издано: текст издаётся под своим обозначением после принятия. Ничего не изменено.
refusal-not_a_symbol = Не выполнено: «{ $given }» не является условным обозначением документа, например A/AC.292/2026/CRP.1. Ничего не изменено.
refusal-field-symbol = условное обозначение документа
negotiation-stakeholders-title = Заинтересованные стороны, аккредитованные при этих переговорах
negotiation-stakeholders-empty = Ни одна заинтересованная сторона пока не аккредитована.
negotiation-accredit-email = Учётная запись заинтересованной стороны (адрес электронной почты)
negotiation-accredit-organisation = Организация, от имени которой она выступает
negotiation-accredit-submit = Аккредитовать
negotiation-done-accredited = Заинтересованная сторона аккредитована: её учётная запись может читать эти переговоры и представлять письменные материалы.
negotiation-inputs-heading = Письменные материалы заинтересованных сторон: право голоса без права решения
negotiation-input-link = Представить письменный материал по этому пункту
negotiation-input-title = Письменный материал от { $organisation }
negotiation-input-lead = Ваш материал показывается вместе с пунктом, отдельно от предложений государств, и никогда не учитывается как позиция.
negotiation-input-text = Письменный материал
negotiation-input-lang = Язык, на котором он написан
negotiation-input-bad-lang = Выберите язык, на котором написан материал: один из шести официальных языков.
negotiation-input-submit = Представить письменный материал
negotiation-done-input = Ваш письменный материал представлен.
negotiation-compare-link = Сравнить эту редакцию с предыдущей
negotiation-compare-title = Сравнение редакций
negotiation-compare-from = Более ранняя редакция
negotiation-compare-to = Более поздняя редакция
negotiation-compare-lead = { $later } в сравнении с { $earlier }
negotiation-compare-docx = Скачать сравнение в формате Word с отслеживанием изменений
negotiation-compare-moved-from = Перенесено из пункта { $place }
negotiation-compare-no-revision = В этих переговорах нет редакции «{ $asked }»: выберите одну из редакций от { $first } до { $last }.
negotiation-lineage-link = Откуда взялся каждый пункт
negotiation-lineage-title = Откуда взялся каждый пункт
negotiation-lineage-lead = Для каждого пункта текста ({ $revision }): был ли он в нулевом проекте или какое предложение его добавило, и каждое учтённое в нём предложение с решением Председателя и его обоснованием.
negotiation-lineage-issued = Издан в реестре документов под обозначением
negotiation-lineage-not-issued = Пока не в реестре документов: текст попадает туда после принятия и издания под своим обозначением.
negotiation-lineage-since-zero = В нулевом проекте
negotiation-lineage-since = Добавлен в { $revision }
negotiation-lineage-step-replace = { $revision }: переформулирован по предложению { $proposer }
negotiation-lineage-step-add_after = { $revision }: добавлен по предложению { $proposer }
negotiation-lineage-step-move = { $revision }: перемещён по предложению { $proposer }
negotiation-lineage-step-delete = { $revision }: исключение предложено { $proposer }
negotiation-lineage-step-comment = { $revision }: комментарий { $proposer }
negotiation-lineage-outcome-accept = учтено в предложенном виде
negotiation-lineage-outcome-merge = объединено в формулировке Председателя
negotiation-lineage-record = в реестре, пункт
negotiation-issue-link = Издать принятый текст под его условным обозначением
negotiation-issue-title = Издание принятого текста
negotiation-issue-explain = Принятый текст попадает в реестр документов под своим обозначением, и каждый пункт сохраняет свою историю вплоть до нулевого проекта.
negotiation-issue = Издать под этим обозначением
negotiation-done-issued = Принятый текст внесён в реестр документов под своим обозначением.
document-negotiated = Согласован в Comity: откуда взялся каждый пункт

## Открытие переговоров
nav-negotiations = Переговоры
negotiation-open-title = Открыть переговоры
negotiation-open-intro = Переговоры открываются нулевым проектом: загрузите его файлом Word, Markdown или текстом либо напишите ниже. Нумерованные пункты (1., 2.), заголовки (I., A.) и подпункты ((a), (b)) образуют структуру текста, и каждый пункт сохраняет своё место во всех редакциях.
negotiation-open-name = Краткое имя (латинские буквы, цифры и дефисы, например gm-2026-apr)
negotiation-open-title-field = Название
negotiation-open-process = Процесс (например, Глобальный механизм, вторая пленарная сессия по существу)
negotiation-open-lang = Язык переговоров
negotiation-open-readers = Кто читает проекты
negotiation-readers-states = Государства-члены
negotiation-readers-stakeholders = Государства-члены и зарегистрированные заинтересованные стороны
negotiation-readers-public = Все (открыто)
negotiation-open-chair = Председатель (адрес электронной почты его учётной записи)
negotiation-open-support = Вспомогательный персонал (адреса их учётных записей через запятую; необязательно)
negotiation-open-deadline = Предложения по нулевому проекту до (время Нью-Йорка; необязательно)
negotiation-open-file = Нулевой проект файлом (.docx, .md или .txt)
negotiation-open-text = Или нулевой проект, написанный здесь
negotiation-open-text-name = Текст, написанный в поле
negotiation-open-submit = Открыть переговоры
negotiation-open-unreadable = Не открыто: форму не удалось прочитать ({ $reason }). Ничего не изменено.
negotiation-open-bad-name = Не открыто: краткое имя состоит из латинских букв, цифр и дефисов, не более 64 (например, gm-2026-apr), и не «new». Ничего не изменено.
negotiation-open-no-title = Не открыто: у переговоров должно быть название. Ничего не изменено.
negotiation-open-no-chair = Не открыто: укажите Председателя адресом электронной почты его учётной записи. Ничего не изменено.
negotiation-open-bad-choice = Не открыто: выберите из списков язык переговоров и тех, кто читает проекты. Ничего не изменено.
negotiation-open-no-draft = Загрузите нулевой проект или напишите его в поле. Ничего не изменено.
negotiation-open-two-drafts = Загрузите нулевой проект или напишите его в поле, но не то и другое. Ничего не изменено.
negotiation-draft-legacy-doc = { $file } — файл .doc формата Word 97-2003. Откройте его в Word или LibreOffice, сохраните как .docx и отправьте снова. Ничего не изменено.
negotiation-draft-not-docx = { $file } не является читаемым файлом Word (.docx). Сохраните его как .docx, Markdown или текст и отправьте снова. Ничего не изменено.
negotiation-draft-bad-xml = { $file } повреждён ({ $part }, строка { $line }, столбец { $column }). Сохраните его заново в Word и отправьте снова. Ничего не изменено.
negotiation-draft-too-large = В распакованном виде { $file } больше или глубже вложен, чем бывает файл Word. Ничего не изменено.
negotiation-draft-not-utf8 = { $file } не является текстом UTF-8 (начиная с байта { $byte }). Сохраните его как текст UTF-8, Markdown или Word. Ничего не изменено.
negotiation-draft-empty = В { $file } нет текста. Ничего не изменено.
negotiation-draft-item-first = { $file }, строка { $line }: подпункт стоит перед любым нумерованным пунктом, к которому он мог бы относиться. Ничего не изменено.
negotiation-draft-control = { $file }, строка { $line }: управляющий символ (U+{ $code }) не может входить в текст переговоров. Ничего не изменено.
negotiation-draft-too-long = В { $file } { $count } пунктов; текст длиннее { $max } пунктов не является текстом переговоров. Ничего не изменено.
negotiation-done-opened = Переговоры открыты по нулевому проекту; переговорщики государств уже могут вносить предложения.
negotiation-done-redrafted = Теперь нулевой проект — это проект Председателя; переговорщики государств вносят предложения по нему.
