site-name = Comity
site-tagline = Comportamiento responsable de los Estados en el uso de las TIC: documentos, marco, informes y contactos
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-home = Inicio
nav-states = Estados
nav-framework = Marco
language-switcher-label = Idioma
footer-text = Comity es software libre para el marco de las Naciones Unidas de comportamiento responsable de los Estados en el uso de las TIC.
footer-api = API JSON
footer-openapi = Documento OpenAPI

home-title = Comportamiento responsable de los Estados en el uso de las TIC
home-intro = El registro del tema del programa de la Asamblea General sobre los avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional, en los seis idiomas oficiales.
home-states-link = Los { $count } Estados Miembros y Estados observadores
home-framework-link = El marco normativo: pilares, normas y principios

states-title = Estados Miembros y Estados observadores
states-intro = Los 193 Estados Miembros de las Naciones Unidas y los dos Estados observadores no miembros, con sus nombres cortos y oficiales en los seis idiomas oficiales.
states-filter-label = Filtrar por nombre o código
states-filter-button = Filtrar
states-order-label = Orden
states-order-language = Alfabético en este idioma
states-order-un = Orden de las Naciones Unidas (nombres cortos en inglés)
states-count =
    { $count ->
        [one] { $count } Estado
       *[other] { $count } Estados
    }
states-none-match = Ningún Estado coincide con «{ $query }».
states-column-name = Nombre
states-column-formal = Nombre oficial
states-column-codes = Códigos
states-column-status = Condición
state-status-member = Estado Miembro
state-status-observer = Estado observador no miembro

state-names-heading = Nombres en los idiomas oficiales
state-column-language = Idioma
state-column-short = Nombre corto
state-column-formal = Nombre oficial
state-codes-heading = Códigos
state-admitted-on = Admisión en las Naciones Unidas
state-observer-since = Estado observador desde
state-back = Todos los Estados

framework-title = El marco normativo
framework-intro = El marco de comportamiento responsable de los Estados en el uso de las TIC: sus pilares, las once normas voluntarias y los principios de la creación de capacidad. Cada elemento remite al párrafo donde figura su texto oficial.
framework-version = Versión { $version }
framework-kind-pillar = Pilar
framework-kind-norm = Norma
framework-kind-capacity_building_principle = Principio de creación de capacidad
framework-norm-letter = Norma { $letter })
framework-refs-heading = Dónde figura el texto oficial
framework-ref = { $symbol }, { $locator }
framework-text-missing = No se muestra el texto oficial: el documento { $symbol } aún no figura en el registro.
framework-text-not-located = No se encontró { $locator } en el documento { $symbol } tal como figura en el registro.
framework-children-heading = Elementos de este pilar
framework-parent = Forma parte de
framework-column-title = Título
framework-titles-heading = Título en los idiomas oficiales
framework-back = Todo el marco
cb-group-process_and_purpose = Proceso y finalidad
cb-group-partnerships = Asociaciones
cb-group-people = Personas

error-not-found-title = Página no encontrada
error-not-found-text = No hay ninguna página en esta dirección. Compruebe la dirección o vuelva a la página de inicio.
error-internal-title = Se produjo un error
error-internal-text = El servidor no pudo completar esta solicitud. Se ha registrado; inténtelo de nuevo más tarde.
error-bad-request-title = No se pudo entender la solicitud

nav-documents = Documentos
documents-title = Documentos del tema
documents-intro = Resoluciones, decisiones, proyectos e informes del tema que contiene este registro, en los idiomas oficiales en que se han incorporado.
documents-empty = Todavía no se ha incorporado ningún documento.
documents-column-symbol = Signatura
documents-column-kind = Tipo
documents-column-session = Período de sesiones
documents-column-languages = Idiomas
documents-column-title = Título
kind-resolution = Resolución
kind-draft_resolution = Proyecto de resolución
kind-decision = Decisión
kind-draft_decision = Proyecto de decisión
kind-report = Informe
kind-other = Documento
document-back = Todos los documentos
document-versions = Versiones lingüísticas
document-compare-label = Mostrar junto a
document-compare-none = Un solo idioma
document-compare-button = Mostrar
document-not-in-language = Este documento no está disponible en este idioma; se muestra en { $language }.
document-preamble = Preámbulo
document-operative = Parte dispositiva
document-footnotes = Notas
document-sponsors = Patrocinadores
document-adopted-on = Aprobado el
document-cites = Cita
document-cited-by = Citado por
document-missing = no figura en el registro
document-lineage = Filiación
document-no-citations = Ninguna cita.

nav-search = Búsqueda
search-title = Buscar en el registro
search-label = Palabras que buscar
search-button = Buscar
search-language-label = Idioma de los párrafos
search-any-language = Cualquier idioma
search-results = { $count ->
        [one] { $count } párrafo
       *[other] { $count } párrafos
    }
search-none = Ningún párrafo contiene todas estas palabras.
search-facet-kind = Por tipo
search-facet-session = Por período de sesiones
search-facet-language = Por idioma
search-clear-filters = Todos los documentos
search-results-more = Más de { $count } párrafos
diff-title = Comparar dos documentos
diff-intro = Párrafo por párrafo: lo que se añadió, suprimió, trasladó o modificó, con las palabras modificadas señaladas.
diff-old = Documento anterior
diff-new = Documento posterior
diff-button = Comparar
diff-choose-two = Elija dos documentos del registro para compararlos.
diff-no-common-language = Estos dos documentos no tienen ninguna versión lingüística en común.
diff-column-change = Cambio
diff-column-text = Texto
diff-change-same = Sin cambios
diff-change-changed = Modificado
diff-change-moved = Trasladado
diff-change-added = Añadido
diff-change-removed = Suprimido
diff-count-changed = { $count ->
        [one] { $count } párrafo modificado
       *[other] { $count } párrafos modificados
    }
diff-count-added = { $count ->
        [one] { $count } añadido
       *[other] { $count } añadidos
    }
diff-count-removed = { $count ->
        [one] { $count } suprimido
       *[other] { $count } suprimidos
    }
diff-count-moved = { $count ->
        [one] { $count } trasladado
       *[other] { $count } trasladados
    }
document-compare-other = Comparar con otro documento
document-agenda-history = El tema del programa a lo largo de los períodos de sesiones
document-agenda-session = Período de sesiones { $session }: tema { $number }
