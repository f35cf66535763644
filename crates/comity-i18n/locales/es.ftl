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
states-region-label = Región
states-region-any = Todas las regiones
state-replies-heading = Respuestas publicadas sobre los avances en la esfera de la información y las telecomunicaciones
state-replies-none = Aún no se ha publicado ninguna respuesta de este Estado.
state-session = período de sesiones { $session }
state-sponsored-heading = Proyectos y resoluciones que patrocinó
state-sponsored-none = El registro no menciona a este Estado como patrocinador de ningún documento.
state-contacts-heading = Puntos de contacto
state-contact-verified = inscrito, verificado el
state-contact-missing = ninguno inscrito
state-checks-heading = Comprobaciones de comunicación
state-checks-none = Los contactos de este Estado aún no han participado en ninguna comprobación.
state-checks-answered = { $acknowledged } de { $asked } con acuse de recibo

framework-title = El marco normativo
framework-intro = El marco de comportamiento responsable de los Estados en el uso de las TIC: sus pilares, las once normas voluntarias y los principios de la creación de capacidad. Cada elemento remite al párrafo donde figura su texto oficial.
framework-version = Versión { $version }
framework-kind-pillar = Pilar
framework-kind-norm = Norma
framework-kind-capacity_building_principle = Principio de creación de capacidad
framework-norm-letter = Norma { $letter })
framework-refs-heading = Dónde figura el texto oficial
framework-ref = { $symbol }, { $locator }
locator-para = párr.
locator-section = sección
locator-item = apartado
framework-text-missing = No se muestra el texto oficial: el documento { $symbol } aún no figura en el registro.
framework-text-not-located = No se encontró { $locator } en el documento { $symbol } tal como figura en el registro.
framework-children-heading = Elementos de este pilar
framework-parent = Forma parte de
framework-column-title = Título
framework-titles-heading = Título en los idiomas oficiales
framework-back = Todo el marco
framework-reported-heading = Lo que los Estados informaron al respecto
framework-reported-all = Leer lo que informó cada Estado
framework-citing-heading = Documentos que citan este texto
framework-citing-none = Ningún documento del registro cita todavía este texto.
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
document-warnings = Lo que parece incorrecto en esta lectura (para que la Secretaría lo coteje con el texto oficial)
document-warning-numbering_gap = El párrafo { $at } de la parte dispositiva aparece donde correspondía el { $expected }.
document-warning-items_skip = { $at } sigue a { $expected }: falta un apartado.
document-warning-footnote_unmarked = La nota { $at } no tiene llamada en el texto.
document-warning-sponsor_unresolved = El patrocinador “{ $at }” no designa ningún Estado.
document-warning-lines_unplaced = No se pudieron situar { $at } líneas (líneas { $expected }).
permission-keep_record = Llevar el acervo de documentos
fetches-title = Obtener documentos del Sistema de Archivo de Documentos
fetches-link = Obtener documentos del Sistema de Archivo de Documentos
fetches-intro = Indique las signaturas de los documentos, una por línea o separadas por espacios, y los idiomas que desea. Cada versión se descarga como el PDF oficial, se lee y se añade al acervo en segundo plano; la página de la obtención muestra cuánto ha avanzado.
fetches-symbols = Signaturas de los documentos
fetches-languages = Idiomas
fetches-start = Obtener
fetches-recent = Obtenciones recientes
fetches-requested = Solicitada el
fetches-progress = { $done } de { $total } versiones lingüísticas hechas
fetches-refused-count = { $count ->
    [one] una rechazada
   *[other] { $count } rechazadas
}
fetches-finished = Terminada
fetches-running = En curso: esta página se actualiza sola cada pocos segundos.
fetches-bad-symbol = Estas no son signaturas de documentos: { $symbols }. Una signatura tiene la forma A/RES/76/19 o A/C.1/76/L.13.
fetches-no-symbol = Indique al menos una signatura de documento.
fetches-no-language = Elija al menos un idioma.
fetches-too-many = Como máximo { $max } versiones lingüísticas a la vez; se pidieron { $count }. Divida la lista.
fetch-symbol = Signatura
fetch-language = Idioma
fetch-outcome = Resultado
fetch-outcome-waiting = En espera
fetch-outcome-stored = Añadida al acervo
fetch-outcome-updated = Actualizada
fetch-outcome-unchanged = Sin cambios
fetch-outcome-refused = Rechazada
fetch-warnings-count = { $count ->
    [one] un punto que revisar
   *[other] { $count } puntos que revisar
}
fetch-failed-bad-symbol = No es una signatura de documento.
fetch-failed-not-found = El Sistema de Archivo de Documentos no tiene una versión de este documento en este idioma.
fetch-failed-redirect-loop = Las redirecciones del servidor dan vueltas en círculo.
fetch-failed-web-page = El servidor respondió con una página web en lugar del PDF; revise la signatura.
fetch-failed-not-pdf = La respuesta del servidor no es un PDF.
fetch-failed-server-status = El servidor rechazó la descarga.
fetch-failed-unreachable = No se pudo contactar con el servidor; inténtelo más tarde.
fetch-failed-broke-off = La descarga se interrumpió; inténtelo más tarde.
fetch-failed-pdf-encrypted = El PDF está cifrado.
fetch-failed-pdf-no-text = El PDF no tiene capa de texto (¿un escaneo?).
fetch-failed-pdf-truncated = El PDF está incompleto.
fetch-failed-pdf-damaged = El PDF está dañado.
fetch-failed-symbol-mismatch = El PDF lleva la signatura de otro documento.
fetch-failed-no-structure = No se encontró la estructura de un documento en el texto del PDF.
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
search-group-states = Estados
search-group-framework = El marco
search-group-documents = Títulos de documentos
search-group-replies = Respuestas publicadas
search-group-paragraphs = Párrafos del registro
search-found-reply = { $state }: respuesta en relación con la resolución { $resolution }
search-sort = Orden:
search-sort-relevance = los más pertinentes primero
search-sort-newest = los más recientes primero
home-search-label = Buscar en documentos, normas, respuestas publicadas y Estados
diff-title = Comparar dos documentos
diff-intro = Párrafo por párrafo: lo que se añadió, suprimió, trasladó o modificó, con las palabras modificadas señaladas.
diff-old = Documento anterior
diff-new = Documento posterior
diff-button = Comparar
diff-choose-two = Elija dos documentos del registro para compararlos.
diff-column-change = Cambio
diff-column-text = Texto
diff-change-same = Sin cambios
diff-change-changed = Modificado
diff-change-moved = Trasladado
diff-change-added = Añadido
diff-change-removed = Suprimido
diff-change-aligned = Mismo lugar
diff-across-languages = Estos dos documentos no tienen ningún idioma en común: sus párrafos se presentan uno junto a otro según su lugar ({ $old } y { $new }), sin compararlos palabra por palabra.
diff-column-place = Lugar
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
nav-account = Cuenta
sign-in-title = Iniciar sesión
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-button = Iniciar sesión
sign-in-invitation-only = Las cuentas se crean solo por invitación: la Secretaría invita al coordinador de cada Estado, que invita a los demás usuarios del Estado.
sign-in-code-intro = Introduzca el código de seis dígitos de su aplicación de autenticación.
sign-in-code = Código
sign-in-confirm = Confirmar
sign-in-recovery-hint = ¿Perdió su dispositivo? Introduzca en su lugar uno de sus códigos de recuperación (por ejemplo, 12345-67890).
sign-in-enrol-intro = Toda cuenta con una función requiere un segundo factor. Configure ahora una aplicación de autenticación; se le pedirá su código en cada inicio de sesión.
sign-in-enrol-secret = Añada esta clave a su aplicación de autenticación e introduzca el código que muestre:
sign-in-enrol-qr = Código QR para configurar la aplicación de autenticación
sign-in-enrol-qr-caption = Escanee este código con su aplicación de autenticación o escriba la clave que figura a continuación.
sign-in-enrol-link = Abrir en una aplicación de autenticación en este dispositivo
sign-in-throttled = Demasiados intentos. Espere quince minutos antes de volver a intentarlo.
sign-in-failed = El correo electrónico o la contraseña no son correctos.
sign-in-code-failed = Ese código no fue aceptado. Los códigos cambian cada 30 segundos y cada uno sirve una sola vez.
form-unknown-field = El formulario envió un campo que esta página no conoce: { $field }. No se modificó nada.
recovery-title = Sus códigos de recuperación
recovery-intro = Guarde estos códigos en un lugar seguro, lejos de su dispositivo. Cada uno le permite iniciar sesión una vez si pierde su aplicación de autenticación. Solo se muestran ahora.
recovery-continue = Los he guardado; continuar
account-title = Su cuenta
account-roles = Funciones
account-no-roles = Ninguna función: esta cuenta no actúa en nombre de ninguna organización.
account-sessions = Sesiones abiertas
account-session-started = Inicio
account-session-last-seen = Último uso
account-session-from = Desde
account-session-current = esta
account-end-all = Cerrar todas las sesiones
sign-out-button = Cerrar sesión
token-title = Tokens de API
token-intro = Para scripts, la línea de comandos contra este servidor y los clientes TAXII. Un token solo puede hacer lo que usted le asignó, entre lo que permiten sus funciones, hasta que caduque o lo revoque.
token-none = Todavía no hay tokens.
token-name = Nombre
token-scopes = Autorizado a
token-created = Creado
token-expires = Caduca
token-revoked = Revocado
token-revoke = Revocar
token-days = Validez (días)
token-create = Crear token
token-shown-once = Copie este token ahora: solo se muestra una vez y no podrá volver a leerse.
token-scope-not-held = Un token solo puede recibir permisos que otorgan sus funciones. No se creó nada.
token-invalid = Un token necesita un nombre (hasta 100 caracteres), al menos un permiso y de 1 a 366 días. No se creó nada.
org-users-title = Usuarios
org-audit-title = Registro de auditoría
org-audit-intro = Todos los cambios relativos a esta organización, los más recientes primero. Cada entrada está encadenada a la anterior; `comity audit verify` demuestra que nada se alteró, suprimió o insertó.
account-name = Nombre
account-status = Estado
account-disabled = Desactivada
account-active = Activa
audit-when = Fecha
audit-who = Quién
audit-what = Acción
audit-object = Objeto
audit-details = Cambios
org-secretariat = Secretaría
error-forbidden-title = No autorizado
error-forbidden-text = Ninguna de sus funciones lo permite. Si lo necesita, consulte a su coordinador o a la Secretaría.
role-focal_point = Coordinador
role-drafter = Redactor
role-approver = Aprobador
role-poc_diplomatic = Punto de contacto diplomático
role-poc_technical = Punto de contacto técnico
role-admin = Administrador
role-report_editor = Editor del informe
role-directory_manager = Gestor del directorio
role-negotiator = Negociador
permission-read_public = Leer los datos públicos
permission-manage_accounts = Gestionar cuentas
permission-manage_state_users = Gestionar los usuarios del Estado
permission-list_users = Listar usuarios
permission-draft_submission = Redactar contribuciones
permission-approve_submission = Aprobar contribuciones
permission-read_state_submissions = Leer las contribuciones del Estado
permission-edit_report = Editar el informe
permission-nominate_poc = Designar puntos de contacto
permission-read_directory = Consultar el directorio
permission-manage_directory = Gestionar el directorio
permission-read_audit = Consultar el registro de auditoría
permission-manage_own_tokens = Gestionar sus tokens
permission-read_own_account = Consultar su cuenta
permission-negotiate = Negociar textos en nombre del Estado (propuestas, posiciones, silencio)
permission-read_negotiations = Consultar los textos en negociación
permission-manage_negotiations = Gestionar las negociaciones
welcome-title = Elija su contraseña
welcome-intro = Bienvenido/a, { $name }. Elija una contraseña de al menos 12 caracteres; después iniciará sesión y configurará su segundo factor.
welcome-password = Nueva contraseña
welcome-confirm = La misma contraseña otra vez
welcome-button = Guardar la contraseña
welcome-mismatch = Las dos contraseñas no coinciden. No se modificó nada.
welcome-too-short = { $count ->
        [one] La contraseña necesita al menos { $count } carácter. No se modificó nada.
       *[other] La contraseña necesita al menos { $count } caracteres. No se modificó nada.
    }
welcome-too-long = La contraseña es demasiado larga (256 caracteres como máximo). No se modificó nada.
welcome-link-unknown = Este enlace no es válido. Solicite uno nuevo.
welcome-link-used = Este enlace ya se utilizó: cada enlace funciona una sola vez. Inicie sesión o solicite uno nuevo.
welcome-link-expired = Este enlace ha caducado. Solicite uno nuevo.
reset-title = Restablecer su contraseña
reset-intro = Introduzca la dirección de su cuenta; se le enviará un enlace para elegir una nueva contraseña. Funciona una vez, durante una hora.
reset-button = Enviar el enlace
reset-sent = Si alguna cuenta usa esta dirección, se le ha enviado un enlace.
reset-link = ¿Olvidó su contraseña?
invite-title = Invitar a una persona
invite-button = Enviar la invitación
invite-sent = Se envió una invitación a { $email }.
invite-lang = Su idioma
invite-role = Función
invite-bad-role = Esta función no puede otorgarse aquí: la Secretaría invita a los coordinadores de los Estados, y cada función corresponde a un Estado o a la Secretaría. No se modificó nada.
invite-refused = No se envió la invitación: { $reason }. No se modificó nada.
mail-not-configured = El correo no está configurado en este servidor (smtp_relay), así que no puede enviarse ningún enlace. No se modificó nada.
mail-failed = La cuenta se creó, pero el servidor de correo no aceptó la invitación; reenvíela desde la línea de comandos (comity users invite).
mail-invitation-subject = Su invitación a Comity
mail-invitation-body = Estimado/a { $name }:

    Ha sido invitado/a a Comity en nombre de { $org }. Elija su contraseña aquí (el enlace funciona una vez, en un plazo de siete días):

    { $link }

    Si no esperaba esta invitación, puede ignorar este mensaje.
mail-reset-subject = Restablecer su contraseña de Comity
mail-reset-body = Estimado/a { $name }:

    Se solicitó restablecer la contraseña de su cuenta de Comity. Elija una nueva aquí (el enlace funciona una vez, durante una hora):

    { $link }

    Si no fue usted, ignore este mensaje: su contraseña no cambia.
passkey-title = Llaves de acceso
passkey-intro = Una llave de acceso en este dispositivo o una llave de seguridad puede sustituir al código de la aplicación de autenticación al iniciar sesión.
passkey-none-yet = Todavía no hay llaves de acceso.
passkey-name = Nombre de la llave de acceso
passkey-add = Añadir una llave de acceso
passkey-sign-in = Usar una llave de acceso
passkey-needs-script = Añadir una llave de acceso requiere JavaScript en este navegador; todo lo demás funciona sin él.
passkey-failed = La llave de acceso no fue aceptada.
passkey-none = Esta cuenta no tiene llave de acceso; introduzca el código de su aplicación de autenticación.
passkey-unavailable = Las llaves de acceso no están disponibles aquí: la dirección pública de este servidor debe ser un nombre de host (public_url).
audit-whole = el registro completo
error-too-large-title = Demasiado grande
error-too-large-text = El formulario envió más de lo que acepta el servidor (64 KiB). No se modificó nada.
error-nul-title = No es texto
error-nul-text = El formulario contenía un carácter NUL (U+0000), que no es texto. Elimínelo y envíe de nuevo el formulario. No se modificó nada.
error-rate-limited-title = Demasiadas solicitudes
error-rate-limited-text = En el último minuto envió más solicitudes de las que atiende el servidor. Espere un momento y vuelva a intentarlo. No se modificó nada.
remove-button = Retirar
remove-done = { $email } ya no tiene ninguna función aquí; sus sesiones han terminado.
remove-focal-point = El coordinador de un Estado lo retira la Secretaría. No se modificó nada.
mail-cycle-subject = Opiniones y evaluaciones en virtud de la resolución { $resolution }: se invita a responder
mail-cycle-body = Estimado/a { $name }:

    La Secretaría invita a su Gobierno a comunicar sus opiniones y evaluaciones en virtud de la resolución { $resolution } (ciclo { $cycle }). Las respuestas recibidas a más tardar el { $deadline } se incluirán en el informe; las posteriores se publicarán como adiciones.

    Los redactores de su Estado pueden preparar la respuesta, y su aprobador presentarla, desde { $link }
cycles-title = Opiniones y evaluaciones
cycles-intro = Ciclos de presentación: las resoluciones que invitan a los Estados a comunicar sus opiniones, las preguntas y los plazos.
cycles-none = No hay ningún ciclo de presentación abierto.
cycles-resolution = Resolución
cycles-deadline = Plazo
cycles-reply-of = Respuesta de { $state }
cycle-status-open = Abierto
cycle-status-closed = Cerrado
reply-title = Respuesta de { $state }
reply-status-draft = Borrador
reply-status-submitted = Presentada
reply-status-published = Publicada
reply-version = Versión { $version }
reply-late = recibida después del plazo: para una adición
reply-language = Idioma del original
reply-markdown-hint = Escriba en texto simple; se admite Markdown (títulos, párrafos numerados, listas, tablas, notas).
reply-save = Guardar esta versión
reply-submit = Presentar a la Secretaría
reply-withdraw = Retirar
reply-publish = Publicar
reply-saved = Guardada como versión { $version }.
reply-conflict-kept = Su texto se conserva en el formulario de abajo; junto a cada respuesta que difiere figura lo que contiene la versión { $version }, con sus cambios marcados. Guardar ahora pone el suyo por encima de la versión { $version }.
reply-conflict-theirs = Versión { $version }, guardada entretanto:
reply-conflict-compare = El suyo comparado con ella, palabra por palabra (tachado: lo que el suyo quita; subrayado: lo que añade)
reply-conflict-save = Guardar el mío sobre la versión { $version }
reply-refused = No se hizo: { $reason }. No se modificó nada.
refusal-stale_version = No se guardó: otra persona guardó esta respuesta mientras usted escribía (ahora está en la versión { $current }; la suya partía de la versión { $yours }). No se sobrescribió nada.
refusal-step_not_allowed = No se hizo: una respuesta en estado «{ $status }» no puede ser { $action }. No se cambió nada.
refusal-cycle_closed = No se hizo: el ciclo está cerrado; las respuestas ya no pueden guardarse ni presentarse.
refusal-unknown_state = No se hizo: { $state } no es el código de un Estado Miembro u observador.
refusal-unknown_language = No se hizo: «{ $given }» no es uno de los seis idiomas oficiales (ar, zh, en, fr, ru, es).
refusal-duplicate_account = No se hizo: ya existe una cuenta con el correo { $email }.
refusal-unknown_account = No se hizo: ninguna cuenta tiene el correo { $email }.
refusal-unknown_cycle = No se hizo: no existe el ciclo { $cycle }.
refusal-no_reply = No se hizo: { $state } no tiene respuesta en el ciclo { $cycle }.
refusal-invalid_email = No se hizo: «{ $given }» no es una dirección de correo electrónico (nombre@example.org). No se cambió nada.
refusal-role_outside_org = No se hizo: la función «{ $role }» se ejerce { $holder ->
        [state] en un Estado
       *[other] en la Secretaría
    }, no en { $org }. No se cambió nada.
refusal-duplicate_cycle = No se hizo: ya existe un ciclo para { $resolution } que informa al período de sesiones { $session } ({ $cycle }). No se cambió nada.
refusal-cycle_resolution = No se hizo: «{ $given }» no es una signatura de resolución de la Asamblea General; escriba una como A/RES/76/19. No se cambió nada.
refusal-cycle_session = No se hizo: un período de sesiones de la Asamblea General es un número del 1 al 200, no { $given }. No se cambió nada.
refusal-cycle_date = No se hizo: { $field } «{ $given }» no es una fecha; escríbala como AAAA-MM-DD. No se cambió nada.
refusal-cycle_deadline_before_note = No se hizo: el plazo { $deadline } es anterior a la fecha de la nota verbal { $sent }. No se cambió nada.
refusal-cycle_question_count = No se hizo: un ciclo plantea al menos una pregunta y como máximo 20. No se cambió nada.
refusal-cycle_question = No se hizo: pregunta { $label }: { $detail }. No se cambió nada.
refusal-cycle_note_verbale = No se hizo: la referencia de la nota verbal está vacía. No se cambió nada.
refusal-translation_of_original = No se hizo: la respuesta de { $state } ya está en { $lang } (su idioma original). No se cambió nada.
refusal-attachment_empty = No se adjuntó: { $name } está vacío. No se cambió nada.
refusal-attachment_too_large = No se adjuntó: { $name } tiene { $size } bytes, más que el límite de { $limit } bytes (10 MiB). No se cambió nada.
refusal-attachment_wrong_type = No se adjuntó: solo pueden adjuntarse archivos PDF y Word (.docx); { $name } es { $found }. No se cambió nada.
refusal-attachment_name_mismatch = No se adjuntó: { $name } es un archivo { $actual } pero su nombre termina en .{ $named }; cámbielo a .{ $expected }. No se cambió nada.
refusal-attachment_bad_docx = No se adjuntó: { $name } no es un archivo de Word legible. No se cambió nada.
refusal-attachment_bad_name = No se adjuntó: un nombre de archivo tiene de 1 a 200 caracteres, sin carpetas ni caracteres de control («{ $name }»). No se cambió nada.
refusal-attachment_too_many = No se adjuntó: pueden adjuntarse como máximo { $limit } archivos; quite uno primero. No se cambió nada.
refusal-required = No se hizo: falta { $field }. No se cambió nada.
refusal-out_of_range = No se hizo: { $field } va de { $min } a { $max }, no { $given }. No se cambió nada.
refusal-not_a_number = No se hizo: { $field } es un número entero, no «{ $given }». No se cambió nada.
refusal-not_one_of = No se hizo: { $field } es uno de { $allowed }, no «{ $given }». No se cambió nada.
refusal-not_a_date = No se hizo: «{ $given }» no es una fecha (AAAA-MM-DD). No se cambió nada.
refusal-not_a_time = No se hizo: { $field } «{ $given }» no es una hora (por ejemplo, 2026-12-08T17:00:00Z). No se cambió nada.
refusal-time_passed = No se hizo: { $field } { $given } ya pasó. No se cambió nada.
refusal-invalid = No se hizo: { $name }: { $detail }. No se cambió nada.
refusal-no_contact_in_scope = No se inició: ningún contacto inscrito entra en el alcance de esta ronda. No se cambió nada.
refusal-unknown_contact = No se hizo: { $state } no tiene ningún contacto inscrito { $id }. No se cambió nada.
refusal-unknown_change = No se hizo: no hay ningún cambio { $id }. No se cambió nada.
refusal-already_decided = No se hizo: el cambio { $id } ya fue { $decision }. No se cambió nada.
refusal-contact_unlisted = No se hizo: el contacto { $id } ya no figura en el directorio. No se cambió nada.
refusal-message_not_taken = No se envió: su identificador, o un mensaje o hilo que menciona, no puede usarlo esta cuenta. No se cambió nada.
refusal-write_to_self = No se envió: { $state } no puede escribirse a sí mismo. No se cambió nada.
refusal-thread_open = No se envió: este hilo ya está abierto; respóndalo con una nota, no con un nuevo informe. No se cambió nada.
refusal-no_one_to_reply = No se envió: no hay nadie más en este hilo que reciba una respuesta. No se cambió nada.
refusal-not_a_person_of_contact = No se envió: { $email } no es un punto de contacto de { $states } en Comity; TLP:RED solo va a personas que pueden iniciar sesión. No se cambió nada.
refusal-no_listed_contact = No se envió: { $state } aún no tiene ningún punto de contacto inscrito; un mensaje no llegaría a nadie. No se cambió nada.
refusal-not_a_recipient = No se hizo: { $state } no recibió este mensaje; acusan recibo sus destinatarios. No se cambió nada.
refusal-not_the_author = No se adjuntó: solo el autor de un mensaje le adjunta archivos. No se cambió nada.
refusal-marking_too_low = No se envió: una respuesta a un mensaje { $replied } no puede marcarse { $reply }; mantenga { $replied } o restrinja más. No se cambió nada.
refusal-kind_mismatch = No se guardó: { $symbol } consta como «{ $recorded }», pero este texto se lee como «{ $kind }». No se cambió nada.
refusal-too_many_paragraphs = No se guardó: { $symbol } ({ $lang }) tiene { $count } párrafos; pueden guardarse como máximo { $max }. No se cambió nada.
refusal-no_symbol = No se guardó: { $source } no lleva signatura; indíquela en el campo de la signatura. No se cambió nada.
refusal-backup_older_than_target = No se restauró: la base de destino está en la versión de esquema { $target } pero la copia en la { $backup }; restaure en una base nueva. No se cambió nada.
refusal-target_not_empty = No se restauró: la base de destino ya contiene datos (la tabla { $table } tiene { $count } filas); restaure en una base nueva. No se cambió nada.
refusal-unknown_negotiation = No se hizo: no existe la negociación { $id }.
refusal-negotiation_name_taken = No se creó: ya existe una negociación llamada { $name }. No se cambió nada.
refusal-negotiation_closed = No se hizo: la negociación está aprobada o cerrada; ya no se puede proponer, decidir ni registrar nada sobre su texto. No se cambió nada.
refusal-under_silence = No se presentó: el texto está en procedimiento de silencio; las propuestas esperan a que la Presidencia continúe. No se cambió nada.
refusal-proposals_closed = No se presentó: las propuestas sobre esta revisión se recibían hasta el { $deadline }; la Presidencia puede reabrirla. No se cambió nada.
refusal-not_in_revision = No se presentó: el párrafo de la propuesta no está en la revisión vigente (Rev.{ $revision }); proponga sobre el texto de esa revisión. No se cambió nada.
refusal-own_proposal = No se registró: un Estado no toma posición sobre una propuesta que presentó o a la que se sumó. No se cambió nada.
refusal-silence_broken_already = No se registró: { $state } ya rompió el silencio sobre este texto; un Estado lo rompe una sola vez. No se cambió nada.
refusal-silence_ended = No se registró: el procedimiento de silencio terminó el { $deadline }. No se cambió nada.
refusal-not_the_chair = No se hizo: solo la Presidencia de la negociación y su personal de apoyo pueden hacerlo. No se cambió nada.
refusal-zero_draft_in_use = No se reemplazó: el borrador cero solo se reemplaza mientras nada dependa de él, sin propuestas ni aportaciones escritas y sin Rev.1. Ahora la Presidencia lo cambia con la revisión siguiente. No se cambió nada.
refusal-text_replaced = No se envió: la Presidencia reemplazó el texto mientras usted lo enviaba. Lea el texto tal como está ahora y envíelo de nuevo. No se cambió nada.
refusal-stakeholders_not_admitted = No se hizo: los proyectos de esta negociación son solo para los Estados; las partes interesadas se acreditan ante una negociación que la Secretaría les abrió. No se cambió nada.
refusal-state_user_not_stakeholder = No se hizo: { $email } tiene un rol para un Estado o la Secretaría; una parte interesada se acredita con una cuenta propia. No se cambió nada.
refusal-not_a_stakeholder = No se hizo: solo las partes interesadas acreditadas ante esta negociación presentan aportaciones escritas sobre su texto. No se cambió nada.
refusal-input_too_long = No se presentó: una aportación escrita tiene como máximo { $max } caracteres. No se cambió nada.
refusal-unknown_proposal = No se hizo: no hay ninguna propuesta { $id } en esta negociación. No se cambió nada.
refusal-field-account_name = el nombre de la cuenta
refusal-field-round_title = el título de la ronda
refusal-field-rejection_reason = el motivo del rechazo, que el Estado leerá
refusal-field-contact_details = los datos del contacto
refusal-field-contact_choice = el contacto que se ha de cambiar o retirar
refusal-field-token_name_length = la longitud del nombre del token (en caracteres)
refusal-field-token_permissions = al menos un permiso para el token
refusal-field-token_days = la validez del token en días
refusal-field-translation_text = el texto de la traducción oficial (márquela como pendiente hasta que esté lista)
refusal-field-translation_status = el estado de la traducción
refusal-field-fetch_items = el número de versiones lingüísticas que se han de obtener (al menos una signatura y un idioma)
refusal-field-round_hours = la duración de la ronda en horas
refusal-field-repeat_days = los días entre una ronda y la siguiente
refusal-field-ack_channel = la vía del acuse de recibo
refusal-field-contact_category = la categoría del contacto
refusal-field-deadline = el plazo
refusal-field-start = el inicio
refusal-field-note_verbale_date = la fecha de la nota verbal
refusal-decision-verified = verificado
refusal-decision-rejected = rechazado
refusal-action-save = modificada
refusal-action-submit = presentada
refusal-action-withdraw = retirada
refusal-action-publish = publicada
reply-now-draft = La respuesta vuelve a ser un borrador.
reply-now-submitted = La respuesta se presentó a la Secretaría.
reply-now-published = La respuesta está publicada.
report-un = Naciones Unidas
report-ga = Asamblea General
report-distribution = Distr. general
report-session = Período de sesiones { $session }
report-item = Tema { $item } de la lista preliminar
report-heading = Informe del Secretario General
report-heading-addendum = Informe del Secretario General: adición
report-introduction = I. Introducción
report-intro-invited = En su resolución { $resolution }, de { $date }, titulada "{ $title }", la Asamblea General invitó a todos los Estados Miembros a que siguieran comunicando al Secretario General sus opiniones y evaluaciones sobre las cuestiones siguientes:
report-intro-note-verbale = En atención a esa solicitud, el { $date } se envió a los Estados Miembros una nota verbal ({ $reference }) en la que se los invitaba a proporcionar información al respecto. Las respuestas recibidas se reproducen tal como se recibieron en la sección II. Las respuestas que se reciban después del plazo se publicarán como adiciones al presente informe.
report-replies = II. Respuestas recibidas de los Gobiernos
report-no-replies = No se ha recibido ninguna respuesta.
report-original = Original: { $language }
report-untranslated = Reproducido en el idioma en que se presentó; no se dispone de traducción.
lang-name-ar = árabe
lang-name-zh = chino
lang-name-en = inglés
lang-name-fr = francés
lang-name-ru = ruso
lang-name-es = español
views-intro = Las respuestas que los Estados han enviado al Secretario General, una vez publicadas, y el informe elaborado a partir de ellas.
views-published = Respuestas publicadas
nav-views = Opiniones
mail-reminder-subject = Recordatorio: opiniones y evaluaciones en virtud de la resolución { $resolution }
mail-reminder-body = Estimado/a { $name }:

    La Secretaría aún no ha recibido la respuesta de su Gobierno en virtud de la resolución { $resolution } (ciclo { $cycle }). Las respuestas recibidas a más tardar el { $deadline } se incluirán en el informe; las posteriores se publicarán como adiciones.

    La respuesta puede prepararse y presentarse desde { $link }
reply-versions-title = Comparación de versiones

## The report in Word and its notes
report-as-received = Las respuestas se reproducen tal como se recibieron, sin revisión editorial; las denominaciones empleadas son las de los Gobiernos que las presentaron.
report-translation-pending = Se está preparando una traducción a este idioma; la respuesta se reproduce en el idioma en que se presentó.

## The introduction when the resolution is not in the record
report-intro-invited-bare = En su resolución { $resolution }, la Asamblea General invitó a todos los Estados Miembros a que siguieran comunicando al Secretario General sus opiniones y observaciones sobre las cuestiones siguientes:

## The structured reply (after the National Survey of Implementation)
survey-status-label = Aplicación:
survey-measures-label = Tipos de medidas:
survey-status-implemented = aplicada
survey-status-partly = aplicada en parte
survey-status-planned = prevista
survey-status-not-started = no iniciada
survey-status-not-applicable = no se aplica
survey-measure-legislation = legislación
survey-measure-policy = política o estrategia
survey-measure-institution = instituciones
survey-measure-cooperation = cooperación internacional
survey-measure-capacity-building = creación de capacidad
survey-measure-other = otras
survey-list-measures = medidas adoptadas
survey-list-challenges = dificultades
survey-list-needs = necesidades de capacidad
survey-title = Respuesta estructurada (opcional)
survey-hint = Según el modelo de la Encuesta Nacional sobre la Aplicación: para cada norma, su grado de aplicación y los tipos de medidas, con observaciones; para cada parte, las medidas adoptadas, las dificultades y las necesidades de capacidad. Ninguna pregunta es obligatoria.
survey-comments = Observaciones
survey-not-answered = sin respuesta

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = Estados cuyas respuestas se han publicado, por ciclo
views-chart-norms = Estados que informaron sobre cada norma
views-chart-statuses = Aplicación según lo informado por los Estados
views-by-state = Opiniones y evaluaciones: { $state }
views-by-element = Lo que informaron los Estados: { $element }
views-states-reporting = Estados que informaron: { $count }
views-none-state = Todavía no se ha publicado ninguna respuesta de este Estado.
views-none-element = Todavía ninguna respuesta publicada informa sobre este elemento.
views-open-data = Todas las respuestas publicadas como datos abiertos
views-download-docx = El informe en archivo Word
views-by-state-title = Respuestas por Estado
views-by-element-title = Respuestas por elemento del marco
views-count = Número
csv-column-cycle = Ciclo
csv-column-state = Código del Estado
csv-column-state-name = Estado
csv-column-original-language = Idioma original
csv-column-date = Fecha
csv-column-late = Tardía
csv-column-question = Pregunta
csv-column-answer = Respuesta

## Attachments and translations of a reply
reply-attachments = Archivos adjuntos
reply-attach = Adjuntar
reply-attach-hint = PDF o Word (.docx), hasta 10 MiB cada uno, como máximo 10 por respuesta.
reply-attach-file = Archivo
reply-attached = Se ha adjuntado { $name }.
reply-detached = Se ha retirado el archivo adjunto.
reply-remove = Retirar
reply-translations = Traducciones
reply-translation-outdated = hecha a partir de una versión anterior
reply-translation-add = Adjuntar una traducción
reply-translation-into = A
reply-translation-status = Estado
reply-translation-saved = Se ha guardado la traducción.
translation-status-official = traducción oficial
translation-status-pending = traducción pendiente
translation-status-original = original

## The Secretariat's view of a cycle
cycle-overview-title = Respuestas a la resolución { $resolution }
cycle-overview-link = Todas las respuestas
cycle-overview-counts = Borradores: { $draft } · Presentadas: { $submitted } · Publicadas: { $published }
cycle-column-state = Estado
cycle-column-submitted = Presentada el

## The Points of Contact directory
contacts-title = Directorio de puntos de contacto
contacts-intro = El directorio mundial intergubernamental de puntos de contacto: a quién dirigirse en cada Estado, en los planos diplomático y técnico. Confidencial: nunca es público.
contacts-not-yet = Los usuarios de su Estado verán el directorio cuando el administrador del directorio haya verificado uno de sus puntos de contacto.
contacts-category = Categoría
contacts-category-diplomatic = Diplomático
contacts-category-technical = Técnico
contacts-name = Nombre
contacts-position = Cargo
contacts-institution = Institución
contacts-emails = Direcciones de correo electrónico
contacts-phones = Números de teléfono
contacts-languages = Idiomas de trabajo
contacts-hours = Horario de trabajo
contacts-time-zone = Huso horario
contacts-openpgp = Clave pública OpenPGP (opcional)
contacts-list-hint = Varios: uno por línea, o separados por punto y coma. Idiomas con códigos de dos letras (en, fr, ar).
contacts-own-title = Puntos de contacto: { $state }
contacts-nominate = Designar un punto de contacto
contacts-nominated = La designación está pendiente de verificación por el administrador del directorio.
contacts-remove = Solicitar la retirada
contacts-removal-asked = La retirada está pendiente de verificación por el administrador del directorio.
contacts-changes-title = Cambios pendientes de verificación
contacts-verify = Verificar
contacts-reject = Rechazar
contacts-reason = Motivo (el Estado lo leerá)
contacts-decided = Hecho: el cambio está { $status }.
contacts-history = Designaciones, cambios y retiradas
contacts-kind-nominate = designación
contacts-kind-change = cambio
contacts-kind-remove = retirada
contacts-status-pending = pendiente
contacts-status-verified = verificado
contacts-status-rejected = rechazado
contacts-export = Exportar (CSV)
contacts-none = Todavía no hay puntos de contacto.
contacts-queue-more = Se muestran los { $shown } cambios más antiguos de los { $total } pendientes; los ya resueltos dejan sitio a los siguientes.
contacts-state = Estado

## Communication checks
check-mail-subject = Directorio de puntos de contacto: sírvase acusar recibo de esta comprobación antes del { $deadline }
check-mail-body =
    Estimado/a { $name }:
    
    El administrador del directorio mundial intergubernamental de puntos de contacto comprueba que se puede contactar con los puntos de contacto. Sírvase acusar recibo antes del { $deadline } (UTC) abriendo este enlace personal, que solo puede usarse una vez:
    
    { $link }
    
    Gracias.
ack-title = Comprobación de comunicaciones
ack-confirm = Acusar recibo
ack-explain = Confirme que esta comprobación le ha llegado. Abrir el enlace no registra nada por sí solo.
ack-recorded = Gracias: se ha registrado su acuse de recibo.
ack-already = Este enlace ya se ha utilizado; se mantiene el primer acuse de recibo.
ack-expired = El plazo de esta comprobación ha vencido; no se ha registrado nada.
ack-unknown = Este enlace no es válido. Utilice el enlace del último mensaje de comprobación.
checks-title = Comprobaciones de comunicaciones
checks-start = Iniciar una comprobación de todos los puntos de contacto inscritos
checks-round-title = Título
checks-deadline = Plazo (UTC)
checks-started = Iniciada: se ha consultado a { $count } puntos de contacto; los mensajes están en camino.
checks-asked = Consultados
checks-acknowledged = Acusaron recibo
checks-rate = Tasa de respuesta
checks-median = Tiempo mediano
checks-p90 = Percentil 90
checks-overall = Todos los puntos de contacto
checks-no-answer = sin respuesta
checks-chart = Minutos hasta el acuse de recibo, por punto de contacto

## A State's own check results
checks-own-title = Comprobaciones de comunicaciones: { $state }
checks-none = Ninguna comprobación ha consultado todavía a los puntos de contacto de este Estado.

## Bounced check mail
checks-bounced = mensaje rechazado

## Check reminders
check-reminder-subject = Recordatorio: sírvase acusar recibo de esta comprobación antes del { $deadline }

## Messages between States (requests, notifications, replies)
messages-title = Mensajes entre Estados
messages-for = Solicitudes, notificaciones y respuestas de { $state }, según su marcado TLP.
messages-none = Todavía no hay mensajes.
message-new = Escribir a otro Estado
message-from = De
message-from-state = de { $state }
message-last = Último (UTC)
message-sent = Enviado (UTC)
message-awaits = pendiente de acuse de recibo
message-acknowledged-at = acusado el
message-deadline = antes del
message-acknowledge = Acusar recibo
message-acknowledged = Recibo confirmado en nombre de su Estado.
message-acknowledged-before = Su Estado ya había acusado recibo de este mensaje.
message-reply = Responder
message-send = Enviar
message-window = Período (UTC)
message-privacy = Se avisa por correo a los contactos destinatarios de que hay un mensaje, nunca de su contenido; lo leen aquí, tras iniciar sesión.
message-named-hint = Solo TLP:RED: las direcciones de las personas destinatarias, separadas por comas; nadie más, ni siquiera sus colegas, lo lee.
message-choose = elija una de las opciones ofrecidas
message-gone = El mensaje al que responde no está (o ya no está) a su alcance.
message-field-error = { $field }: { $message }
message-field-kind = Tipo
message-field-recipients = Destinatarios
message-field-subject = Asunto
message-field-sector = Sector de infraestructura crítica afectado
message-field-window_start = Desde (UTC)
message-field-window_end = Hasta (UTC)
message-field-urgency = Urgencia
message-field-tlp = Marcado TLP
message-field-elements = Elementos del marco relacionados
message-field-named = Destinatarios designados
message-field-body = Texto
message-sector-none = Ninguno

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = Notificación
message-kind-request_information = Solicitud de información
message-kind-request_assistance = Solicitud de asistencia
message-kind-reply = Respuesta
message-urgency-low = Baja (72 horas para acusar recibo)
message-urgency-medium = Media (24 horas)
message-urgency-high = Alta (4 horas)
message-urgency-critical = Crítica (1 hora)
message-tlp-clear = TLP:CLEAR — difusión sin restricciones
message-tlp-green = TLP:GREEN — dentro de la comunidad
message-tlp-amber = TLP:AMBER — la organización del Estado destinatario, según la necesidad de conocer
message-tlp-amber-strict = TLP:AMBER+STRICT — solo los puntos de contacto del Estado destinatario
message-tlp-red = TLP:RED — solo las personas designadas
message-sector-energy = Energía
message-sector-water = Agua
message-sector-health = Salud
message-sector-finance = Finanzas
message-sector-transport = Transporte
message-sector-telecommunications = Telecomunicaciones
message-sector-digital_infrastructure = Infraestructura digital
message-sector-government = Administración pública
message-sector-emergency_services = Servicios de emergencia
message-sector-food = Alimentación
message-sector-elections = Elecciones
message-sector-other = Otro
messages-escalated-title = Mensajes sin acuse de recibo a tiempo
messages-escalated-intro = Ni los contactos técnicos ni los diplomáticos acusaron recibo de estos mensajes a tiempo. Solo se indica quién escribió a quién, nunca el contenido.
messages-escalated-none = Todos los mensajes recibieron acuse de recibo a tiempo.
message-mail-subject = { $kind } de { $state } ({ $urgency }, { $tlp })
message-mail-escalated-subject = Aún sin acuse de recibo: { $kind } de { $state } ({ $tlp })
message-mail-body = Estimado/a { $name }:
    
    { $state } ha enviado un mensaje a su Estado por el directorio de puntos de contacto: { $kind }, urgencia { $urgency }, marcado { $tlp }.
    Léalo y acuse recibo antes del { $deadline } UTC, tras iniciar sesión:
    
    { $link }
    
    Este correo no contiene el mensaje.

## Permission to exchange messages (token scopes)
permission-exchange_messages = Intercambiar mensajes con otros Estados (portal y TAXII)

## Round reports and scheduled rounds
checks-started-at = Inicio (UTC)
checks-summary = Respuestas
checks-median-minutes = Tiempo mediano
checks-p90-minutes = Percentil 90 del tiempo
checks-by-contact = Respuestas por contacto
checks-answer = Tiempo hasta el acuse
checks-report-docx = Informe (Word)
checks-report-html = Informe (página web)
checks-schedule = Programar una verificación
checks-start-at = Comienza el (UTC)
checks-window-hours = Horas para responder
checks-every-days = Repetir cada (días; vacío: una vez)
checks-schedules = Verificaciones programadas
checks-scheduled = Programada: el servidor la iniciará el { $at }.
checks-once = una vez
checks-every = cada { $days } días
checks-unschedule = Detener
checks-unscheduled = La programación se ha detenido; las verificaciones ya iniciadas se mantienen.
checks-history = Fiabilidad en el tiempo

## Communication checks waiting for the signed-in contact
checks-pending = Verificaciones de comunicación pendientes de su acuse de recibo

## UNSD M49 regions (check statistics by region)
region-002 = África
region-019 = Américas
region-142 = Asia
region-150 = Europa
region-009 = Oceanía

## Attachments of messages between States
message-attach = Adjuntar un archivo a su mensaje (PDF o Word, hasta 10 MB)
message-attach-send = Adjuntar
draft-found = Este navegador guardó un texto que usted escribió aquí sin enviarlo, del
draft-restore = Recuperarlo
draft-discard = Descartarlo
cycle-waiting-title = { $count ->
    [one] Un Estado Miembro no ha presentado respuesta
   *[other] { $count } Estados Miembros no han presentado respuesta
}
cycle-remind = Recordárselo ahora a sus coordinadores
cycle-reminded = { $count ->
    [one] Se envió un recordatorio a un coordinador.
   *[other] Se enviaron recordatorios a { $count } coordinadores.
}

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = Buscar en el registro
site-search-placeholder = Buscar documentos, normas, respuestas, Estados
site-search-button = Buscar
nav-role-label = Su trabajo
nav-for-state = { $link } ({ $state })
nav-own-reply = Nuestra respuesta
nav-own-contacts = Nuestros puntos de contacto
nav-own-checks = Nuestras comprobaciones
nav-own-users = Nuestros usuarios
nav-messages = Mensajes
nav-checks-to-acknowledge = Comprobaciones por confirmar
nav-cycles = Ciclos de informes
nav-checks = Comprobaciones de comunicación
nav-directory = Directorio
nav-queue = Cambios por verificar
nav-audit = Registro de auditoría
nav-fetches = Descargas del ODS
checks-none-pending = Ninguna comprobación de comunicación espera su confirmación.

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a } s
duration-minutes = { $a } min { $b } s
duration-hours = { $a } h { $b } min
duration-days = { $a } d { $b } h

## The mail outbox
outbox-title = Bandeja de salida
outbox-intro = Todo correo que envía Comity sale de aquí: en cola, reintentado con pausas crecientes cuando el servidor de retransmisión lo rechaza por un tiempo, enviado, o devuelto cuando la dirección no existe. Los textos contienen enlaces de un solo uso y no se muestran.
outbox-intro-demo = Esta demostración entrega su correo a un buzón propio en esta máquina: cada correo se muestra completo, con sus enlaces, para seguir hasta el final comprobaciones, invitaciones y restablecimientos de contraseña.
outbox-intro-no-relay = No hay servidor de retransmisión configurado (smtp_relay): el correo espera aquí hasta que lo haya.
outbox-status-queued = En cola
outbox-status-retrying = Se reintentará
outbox-status-sent = Enviado
outbox-status-bounced = Devuelto
outbox-oldest-unsent = Correo más antiguo aún no enviado
outbox-empty = Aún no se ha enviado ningún correo.
outbox-sent-at = enviado el
outbox-next-attempt = próximo intento
outbox-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}
nav-outbox = Bandeja de salida

## Negotiations: the compilation text's own words
negotiation-compilation-title = Compilación de propuestas sobre { $revision }
negotiation-zero-draft = el borrador cero
negotiation-proposed-by = Propuesta de { $proposer }
negotiation-co-sponsors = copatrocinadores: { $states }
negotiation-late = tardía
negotiation-withdrawn = retirada
negotiation-delete = suprimir el párrafo
negotiation-move-after = trasladar después del párrafo { $label }
negotiation-move-first = trasladar al principio
negotiation-add-after = añadir un párrafo a continuación
negotiation-comment = comentario
stance-support = Apoyo
stance-oppose = Oposición
stance-can_live_with = Puede aceptarla
stance-reserve = Reserva

## Negotiations: pages
negotiations-title = Negociaciones
negotiations-intro = Textos finales en negociación: cada revisión con las propuestas de los Estados y las posiciones adoptadas.
negotiations-empty = No hay ninguna negociación que pueda consultar.
negotiations-col-title = Texto
negotiations-col-process = Proceso
negotiations-col-stage = Etapa
negotiations-col-revision = Revisión
negotiation-stage-open = abierta a propuestas
negotiation-stage-silence = en procedimiento de silencio
negotiation-stage-adopted = aprobado
negotiation-stage-closed = cerrada
negotiation-deadline = Propuestas hasta
negotiation-proposals = Propuestas mostradas
negotiation-filter-paragraph = Párrafo (lugar)
negotiation-filter-state = Estado (código ISO)
negotiation-filter-status = Estado
negotiation-status-standing = Vigentes (no retiradas)
negotiation-status-late = Presentadas fuera de plazo
negotiation-status-opposed = Con la oposición de algún Estado
negotiation-status-unopposed = Sin oposición de ningún Estado
negotiation-status-withdrawn = Retiradas
negotiation-status-all = Todas, también las retiradas
negotiation-filter-bad-status = Elija un estado de la lista: vigentes, fuera de plazo, con oposición, sin oposición, retiradas o todas.
negotiation-filter-apply = Mostrar
negotiation-download-docx = Descargar la compilación en Word, con control de cambios
negotiation-download-akn = Descargar la compilación en Akoma Ntoso XML (la revisión y cada propuesta como enmienda)

## Los formularios de negociación: propuestas, posiciones y silencio de las delegaciones, decisiones de la Presidencia.
time-new-york = { $time }, hora de Nueva York
negotiation-done-filed = Su propuesta se ha presentado. Figura abajo, bajo su párrafo.
negotiation-done-position = Su posición se ha registrado.
negotiation-done-withdrawn = La propuesta se ha retirado.
negotiation-done-broken = Se ha roto el silencio. La Presidencia ve su motivo.
negotiation-done-revised = La revisión siguiente se ha elaborado a partir de las decisiones; ya se reciben propuestas sobre ella.
negotiation-done-silence = El texto se ha distribuido por procedimiento de silencio.
negotiation-done-adopted = El texto se ha aprobado.
negotiation-redraft-title = El borrador cero de la Presidencia
negotiation-redraft-explain = Aún no se ha propuesto ni aportado nada sobre el borrador cero: la Presidencia puede sustituirlo por el suyo (archivo Word, Markdown o texto). El plazo no cambia; el registro conserva que se sustituyó.
negotiation-redraft-submit = Sustituir el borrador cero
negotiation-silence-title = Procedimiento de silencio
negotiation-silence-until = Este texto está sometido a procedimiento de silencio hasta el { $time }. Si ningún Estado rompe el silencio antes, queda aprobado.
negotiation-break-reason = Por qué su delegación rompe el silencio
negotiation-break = Romper el silencio
negotiation-breaks = Silencio roto por
negotiation-acting-for = Usted actúa en nombre de { $state }.
negotiation-decide-link = Decidir sobre las propuestas y elaborar la revisión siguiente
negotiation-propose-link = Proponer un cambio en este párrafo
negotiation-your-position = Su posición
negotiation-statement = Declaración (opcional)
negotiation-record-position = Registrar la posición
negotiation-withdraw = Retirar la propuesta
negotiation-choose-kind = Elija qué es el nuevo párrafo: numerado, un apartado, sin numerar o un título.
negotiation-choose-action = Elija qué hace la propuesta: reformular, añadir después, suprimir, trasladar o comentar.
negotiation-choose-stance = Elija una posición: apoyo, oposición, aceptable o reserva.
negotiation-propose-title = Proponer un cambio
negotiation-propose-lead = Sobre el párrafo { $label } de { $revision }
negotiation-field-action = Qué hace la propuesta
negotiation-action-replace = Reformular el párrafo
negotiation-action-add_after = Añadir un nuevo párrafo después
negotiation-action-delete = Suprimir el párrafo
negotiation-action-move = Trasladar el párrafo
negotiation-action-comment = Comentar, sin cambiar el texto
negotiation-field-text = La nueva redacción, o el nuevo párrafo (en el idioma de negociación)
negotiation-field-kind = El nuevo párrafo es
negotiation-kind-numbered = un párrafo numerado
negotiation-kind-item = un apartado
negotiation-kind-unnumbered = un párrafo sin numerar
negotiation-kind-heading = un título
negotiation-field-after = Trasladarlo a
negotiation-field-justification = Justificación
negotiation-field-co-sponsors = Copatrocinadores (códigos ISO separados por comas)
negotiation-field-group = En nombre de un grupo (opcional)
negotiation-field-group-name = Nombre del grupo
negotiation-field-group-members = Sus Estados (códigos ISO, incluido el suyo)
negotiation-file = Presentar la propuesta
negotiation-decide-title = Decisiones de la Presidencia
negotiation-decide-lead = Una decisión sobre cada propuesta relativa a { $revision } da lugar a { $next }.
negotiation-decide-none = Ninguna propuesta sobre esta revisión cambia el texto.
negotiation-paragraph = Párrafo { $label }
negotiation-asks-replace = reformular el párrafo
negotiation-outcome-accept = Aceptar
negotiation-outcome-merge = Fusionar, con la redacción de la Presidencia
negotiation-outcome-set_aside = Dejar de lado
negotiation-merge-text = Redacción de la Presidencia, para una fusión
negotiation-decision-reason-label = Motivo
negotiation-next-deadline = Propuestas sobre la revisión siguiente hasta (hora de Nueva York, opcional)
negotiation-build = Elaborar { $next }
negotiation-silence-explain = Distribuir { $revision } por procedimiento de silencio: si ningún Estado rompe el silencio antes del plazo, queda aprobado entonces.
negotiation-silence-deadline = Silencio hasta (hora de Nueva York)
negotiation-silence-start = Distribuir por procedimiento de silencio
negotiation-decision-missing = Párrafo { $label }: elija aceptar, fusionar o dejar de lado para cada propuesta. No se cambió nada.
negotiation-decision-reason = Párrafo { $label }: indique el motivo de la decisión. No se cambió nada.
negotiation-bad-time = Indique la fecha y la hora de Nueva York (por ejemplo, 14 de marzo de 2026, 18:00). No se cambió nada.
refusal-proposal_no_paragraph = No se presentó: la revisión vigente no tiene ningún párrafo en { $place }. No se cambió nada.
refusal-proposal_no_text = No se presentó: la propuesta no tiene texto; escriba la nueva redacción. No se cambió nada.
refusal-proposal_same_text = No se presentó: la nueva redacción ya es la del párrafo; cámbiela o haga un comentario. No se cambió nada.
refusal-proposal_move_onto_itself = No se presentó: un párrafo no puede trasladarse después de sí mismo; elija otro lugar. No se cambió nada.
refusal-proposal_too_long = No se presentó: una justificación o declaración tiene como máximo { $max } caracteres. No se cambió nada.
refusal-proposal_withdrawn = No se registró: la propuesta fue retirada. No se cambió nada.
refusal-proposal_sponsor_twice = No se presentó: { $state } figura dos veces entre el proponente y los copatrocinadores. No se cambió nada.
refusal-proposal_bad_group = No se presentó: un grupo necesita un nombre y los Estados que lo componen, incluido el suyo. No se cambió nada.
refusal-decision_unknown_proposal = No se elaboró: no hay ninguna propuesta { $proposal } sobre esta revisión. No se cambió nada.
refusal-decision_twice = No se elaboró: la propuesta { $proposal } tiene dos decisiones. No se cambió nada.
refusal-decision_missing = No se elaboró: { $count } propuestas aún no tienen decisión ({ $proposals }). No se cambió nada.
refusal-decision_conflict = No se elaboró: las propuestas { $first } y { $second } cambian ambas la redacción del párrafo { $place }; fusione una con la redacción que desee y deje de lado la otra. No se cambió nada.
refusal-decision_move_after_deleted = No se elaboró: la propuesta { $proposal } traslada un párrafo después del que está en { $place }, que esta revisión suprime. No se cambió nada.
refusal-decision_move_cycle = No se elaboró: los traslados decididos colocan párrafos unos tras otros en círculo ({ $proposals }); deje uno de lado. No se cambió nada.
refusal-decision_empty_merge = No se elaboró: la redacción fusionada de la propuesta { $proposal } está vacía. No se cambió nada.
refusal-decision_on_comment = No se elaboró: un comentario ({ $proposal }) no cambia el texto y no requiere decisión. No se cambió nada.
refusal-not_adopted_yet = No se registró: las explicaciones de posición y las disociaciones se registran una vez aprobado el texto. No se cambió nada.
refusal-field-silence_reason = el motivo para romper el silencio
refusal-field-explanation = la explicación de posición
refusal-field-input = la aportación escrita
refusal-field-organisation = la organización
negotiation-adopted-on = Aprobado
negotiation-adopted-consensus = por consenso en sesión
negotiation-adopted-silence = por procedimiento de silencio
negotiation-symbol = Signatura del documento
negotiation-compendium = Compendio de explicaciones de posición
negotiation-compendium-empty = Ningún Estado ha registrado una explicación de posición.
negotiation-compendium-docx = Descargar el compendio en Word
negotiation-disassociates = Se desvincula de los párrafos { $paragraphs }
negotiation-disassociate-from = Su delegación se desvincula de estos párrafos (opcional)
negotiation-explanation = Explicación de posición de su delegación
negotiation-record-explanation = Registrar la explicación de posición
negotiation-done-explained = Su explicación de posición se ha registrado; figura en el compendio.
negotiation-adopt-title = Aprobación
negotiation-adopt-explain = Aprobar { $revision } por consenso en sesión. Después no se podrá proponer nada más sobre el texto; los Estados podrán registrar explicaciones de posición.
negotiation-adopt = Aprobar por consenso

# The adopted text in the document record, and where each paragraph came from
refusal-symbol_in_record = No se publicó: { $symbol } ya figura en el registro de documentos; un texto aprobado se publica con una signatura propia. No se cambió nada.
refusal-issued_already = No se publicó: el texto aprobado ya está publicado, con la signatura { $symbol }. No se cambió nada.
refusal-issue_before_adoption = No se publicó: un texto se publica con su signatura una vez aprobado. No se cambió nada.
refusal-not_a_symbol = No se hizo: «{ $given }» no es una signatura de documento como A/AC.292/2026/CRP.1. No se cambió nada.
refusal-field-symbol = la signatura del documento
negotiation-stakeholders-title = Partes interesadas acreditadas ante esta negociación
negotiation-stakeholders-empty = Aún no hay ninguna parte interesada acreditada.
negotiation-accredit-email = La cuenta de la parte interesada (correo electrónico)
negotiation-accredit-organisation = La organización en cuyo nombre habla
negotiation-accredit-submit = Acreditar
negotiation-done-accredited = La parte interesada está acreditada: su cuenta puede leer esta negociación y presentar aportaciones escritas.
negotiation-inputs-heading = Aportaciones escritas de las partes interesadas: voz, pero no voto
negotiation-input-link = Presentar una aportación escrita sobre este párrafo
negotiation-input-title = Aportación escrita de { $organisation }
negotiation-input-lead = Su aportación se muestra con el párrafo, aparte de las propuestas de los Estados, y nunca se cuenta como una posición.
negotiation-input-text = Aportación escrita
negotiation-input-lang = El idioma en que está redactada
negotiation-input-bad-lang = Elija el idioma en que está redactada la aportación: uno de los seis idiomas oficiales.
negotiation-input-submit = Presentar la aportación escrita
negotiation-done-input = Se presentó su aportación escrita.
negotiation-compare-link = Comparar esta revisión con la anterior
negotiation-compare-title = Comparar revisiones
negotiation-compare-from = Revisión anterior
negotiation-compare-to = Revisión posterior
negotiation-compare-lead = { $later } comparada con { $earlier }
negotiation-compare-docx = Descargar la comparación en Word, con control de cambios
negotiation-compare-moved-from = Trasladado desde el párrafo { $place }
negotiation-compare-no-revision = Esta negociación no tiene la revisión «{ $asked }»: elija una entre { $first } y { $last }.
negotiation-lineage-link = De dónde viene cada párrafo
negotiation-lineage-title = De dónde viene cada párrafo
negotiation-lineage-lead = Cada párrafo de { $revision }: si figuraba en el borrador cero o qué propuesta lo añadió, y cada propuesta incorporada a él, con la decisión de la Presidencia y su motivo.
negotiation-lineage-issued = Publicado en el registro de documentos con la signatura
negotiation-lineage-not-issued = Aún no está en el registro de documentos: el texto entra en él una vez aprobado y publicado con su signatura.
negotiation-lineage-since-zero = En el borrador cero
negotiation-lineage-since = Añadido en { $revision }
negotiation-lineage-step-replace = { $revision }: reformulado a propuesta de { $proposer }
negotiation-lineage-step-add_after = { $revision }: añadido a propuesta de { $proposer }
negotiation-lineage-step-move = { $revision }: trasladado a propuesta de { $proposer }
negotiation-lineage-step-delete = { $revision }: supresión propuesta por { $proposer }
negotiation-lineage-step-comment = { $revision }: comentario de { $proposer }
negotiation-lineage-outcome-accept = incorporado tal como se propuso
negotiation-lineage-outcome-merge = fusionado en la redacción de la Presidencia
negotiation-lineage-record = en el registro, párrafo
negotiation-issue-link = Publicar el texto aprobado con su signatura
negotiation-issue-title = Publicar el texto aprobado
negotiation-issue-explain = El texto aprobado entra en el registro de documentos con su signatura, y cada párrafo conserva su historia hasta el borrador cero.
negotiation-issue = Publicar con esta signatura
negotiation-done-issued = El texto aprobado figura en el registro de documentos con su signatura.
document-negotiated = Negociado en Comity: de dónde viene cada párrafo

## Abrir una negociación
nav-negotiations = Negociaciones
negotiation-open-title = Abrir una negociación
negotiation-open-intro = El borrador cero abre la negociación: súbalo como archivo Word, Markdown o de texto, o escríbalo abajo. Los párrafos numerados (1., 2.), los epígrafes (I., A.) y los apartados ((a), (b)) se leen como la estructura del texto, y cada párrafo conserva su lugar en todas las revisiones.
negotiation-open-name = Nombre corto (letras, cifras y guiones, como gm-2026-apr)
negotiation-open-title-field = Título
negotiation-open-process = Proceso (como Mecanismo Mundial, segundo período de sesiones plenario sustantivo)
negotiation-open-lang = Idioma de negociación
negotiation-open-readers = Quién lee los borradores
negotiation-readers-states = Los Estados Miembros
negotiation-readers-stakeholders = Los Estados Miembros y las partes interesadas inscritas
negotiation-readers-public = Todos (público)
negotiation-open-chair = La Presidencia (el correo electrónico de su cuenta)
negotiation-open-support = Personal de apoyo (correos electrónicos de sus cuentas, separados por comas; opcional)
negotiation-open-deadline = Propuestas sobre el borrador cero hasta (hora de Nueva York; opcional)
negotiation-open-file = El borrador cero como archivo (.docx, .md o .txt)
negotiation-open-text = O el borrador cero escrito aquí
negotiation-open-text-name = El texto escrito en el recuadro
negotiation-open-submit = Abrir la negociación
negotiation-open-unreadable = No se abrió: no se pudo leer el formulario ({ $reason }). No se cambió nada.
negotiation-open-bad-name = No se abrió: el nombre corto consta de letras, cifras y guiones, 64 como máximo (como gm-2026-apr), y no es «new». No se cambió nada.
negotiation-open-no-title = No se abrió: una negociación necesita un título. No se cambió nada.
negotiation-open-no-chair = No se abrió: indique la Presidencia por el correo electrónico de su cuenta. No se cambió nada.
negotiation-open-bad-choice = No se abrió: elija de las listas el idioma de negociación y quién lee los borradores. No se cambió nada.
negotiation-open-no-draft = Suba el borrador cero o escríbalo en el recuadro. No se cambió nada.
negotiation-open-two-drafts = Suba el borrador cero o escríbalo en el recuadro, no ambas cosas. No se cambió nada.
negotiation-draft-legacy-doc = { $file } es un archivo .doc de Word 97-2003. Ábralo en Word o LibreOffice, guárdelo como .docx y envíelo de nuevo. No se cambió nada.
negotiation-draft-not-docx = { $file } no es un archivo Word (.docx) legible. Guárdelo como .docx, Markdown o texto y envíelo de nuevo. No se cambió nada.
negotiation-draft-bad-xml = { $file } está dañado ({ $part }, línea { $line }, columna { $column }). Guárdelo de nuevo desde Word y envíelo otra vez. No se cambió nada.
negotiation-draft-too-large = Una vez descomprimido, { $file } es más grande o está más anidado de lo que nunca está un archivo Word. No se cambió nada.
negotiation-draft-not-utf8 = { $file } no es texto UTF-8 (desde el byte { $byte }). Guárdelo como texto UTF-8, Markdown o Word. No se cambió nada.
negotiation-draft-empty = { $file } no tiene texto. No se cambió nada.
negotiation-draft-item-first = { $file }, línea { $line }: un apartado precede a todo párrafo numerado al que pudiera pertenecer. No se cambió nada.
negotiation-draft-control = { $file }, línea { $line }: un carácter de control (U+{ $code }) no puede formar parte de un texto de negociación. No se cambió nada.
negotiation-draft-too-long = { $file } tiene { $count } párrafos; más de { $max } no es un texto de negociación. No se cambió nada.
negotiation-done-opened = La negociación está abierta sobre su borrador cero; los negociadores de los Estados ya pueden presentar propuestas.
negotiation-done-redrafted = El borrador cero es ahora el de la Presidencia; los negociadores de los Estados presentan sus propuestas sobre él.
