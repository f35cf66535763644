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

framework-title = Нормативная рамочная основа
framework-intro = Рамочная основа ответственного поведения государств в сфере использования ИКТ: её компоненты, одиннадцать добровольных норм и принципы наращивания потенциала. Каждый элемент ссылается на пункт, где приведён его официальный текст.
framework-version = Версия { $version }
framework-kind-pillar = Компонент
framework-kind-norm = Норма
framework-kind-capacity_building_principle = Принцип наращивания потенциала
framework-norm-letter = Норма { $letter })
framework-refs-heading = Где приведён официальный текст
framework-ref = { $symbol }, { $locator }
framework-text-missing = Официальный текст не показан: документа { $symbol } пока нет в реестре.
framework-text-not-located = Фрагмент «{ $locator }» не найден в документе { $symbol } в том виде, в каком он хранится в реестре.
framework-children-heading = Элементы этого компонента
framework-parent = Входит в
framework-column-title = Название
framework-titles-heading = Название на официальных языках
framework-back = Вся рамочная основа
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
diff-title = Сравнение двух документов
diff-intro = По пунктам: что добавлено, исключено, перемещено или изменено, с выделением измененных слов.
diff-old = Более ранний документ
diff-new = Более поздний документ
diff-button = Сравнить
diff-choose-two = Выберите два документа реестра для сравнения.
diff-no-common-language = У этих двух документов нет общей языковой версии.
diff-column-change = Изменение
diff-column-text = Текст
diff-change-same = Без изменений
diff-change-changed = Изменен
diff-change-moved = Перемещен
diff-change-added = Добавлен
diff-change-removed = Исключен
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
