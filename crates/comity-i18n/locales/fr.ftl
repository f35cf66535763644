site-name = Comity
site-tagline = Comportement responsable des États dans l'utilisation du numérique : documents, cadre, rapports et contacts
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-states = États
nav-framework = Cadre
language-switcher-label = Langue
footer-text = Comity est un logiciel libre pour le cadre des Nations Unies de comportement responsable des États dans l'utilisation du numérique.
footer-api = API JSON
footer-openapi = Document OpenAPI

home-title = Comportement responsable des États dans l'utilisation du numérique
home-intro = Le dossier de la question inscrite à l'ordre du jour de l'Assemblée générale sur les progrès de l'informatique et des télécommunications et la sécurité internationale, dans les six langues officielles.
home-states-link = Les { $count } États Membres et États observateurs
home-framework-link = Le cadre normatif : piliers, normes et principes

states-title = États Membres et États observateurs
states-intro = Les 193 États Membres de l'Organisation des Nations Unies et les deux États non membres observateurs, avec leurs noms courts et officiels dans les six langues officielles.
states-filter-label = Filtrer par nom ou par code
states-filter-button = Filtrer
states-order-label = Ordre
states-order-language = Alphabétique dans cette langue
states-order-un = Ordre de l'ONU (noms courts anglais)
states-count =
    { $count ->
        [one] { $count } État
       *[other] { $count } États
    }
states-none-match = Aucun État ne correspond à « { $query } ».
states-column-name = Nom
states-column-formal = Nom officiel
states-column-codes = Codes
states-column-status = Statut
state-status-member = État Membre
state-status-observer = État non membre observateur

state-names-heading = Noms dans les langues officielles
state-column-language = Langue
state-column-short = Nom court
state-column-formal = Nom officiel
state-codes-heading = Codes
state-admitted-on = Admission à l'Organisation des Nations Unies
state-observer-since = État observateur depuis le
state-back = Tous les États
states-region-label = Région
states-region-any = Toutes les régions
state-replies-heading = Réponses publiées sur les progrès de l’informatique et des télécommunications
state-replies-none = Aucune réponse de cet État n’a encore été publiée.
state-session = { $session }e session
state-sponsored-heading = Projets et résolutions dont il est auteur
state-sponsored-none = Le dossier ne mentionne cet État comme auteur d’aucun document.
state-contacts-heading = Points de contact
state-contact-verified = inscrit, vérifié le
state-contact-missing = aucun inscrit
state-checks-heading = Vérifications de communication
state-checks-none = Les points de contact de cet État n’ont encore été sollicités par aucune vérification.
state-checks-answered = { $acknowledged } accusés de réception sur { $asked }

framework-title = Le cadre normatif
framework-intro = Le cadre de comportement responsable des États dans l'utilisation du numérique : ses piliers, les onze normes facultatives et les principes du renforcement des capacités. Chaque élément renvoie au paragraphe où figure son texte officiel.
framework-version = Version { $version }
framework-kind-pillar = Pilier
framework-kind-norm = Norme
framework-kind-capacity_building_principle = Principe du renforcement des capacités
framework-norm-letter = Norme { $letter })
framework-refs-heading = Où figure le texte officiel
framework-ref = { $symbol }, { $locator }
locator-para = par.
locator-section = section
locator-item = alinéa
framework-text-missing = Le texte officiel n'est pas affiché : le document { $symbol } ne figure pas encore dans le registre.
framework-text-not-located = { $locator } est introuvable dans le document { $symbol } tel qu'il figure au registre.
framework-children-heading = Éléments de ce pilier
framework-parent = Relève de
framework-column-title = Titre
framework-titles-heading = Titre dans les langues officielles
framework-back = Tout le cadre
framework-reported-heading = Ce que les États en ont dit
framework-reported-all = Lire ce que chaque État a indiqué
framework-citing-heading = Documents qui citent ce texte
framework-citing-none = Aucun document du dossier ne cite encore ce texte.
cb-group-process_and_purpose = Processus et objectif
cb-group-partnerships = Partenariats
cb-group-people = Personnes

error-not-found-title = Page introuvable
error-not-found-text = Il n'y a pas de page à cette adresse. Vérifiez l'adresse ou repartez de la page d'accueil.
error-internal-title = Une erreur s'est produite
error-internal-text = Le serveur n'a pas pu traiter cette demande. L'incident a été consigné ; veuillez réessayer plus tard.
error-bad-request-title = La demande n'a pas pu être comprise

nav-documents = Documents
documents-title = Documents de la question
documents-intro = Résolutions, décisions, projets et rapports de la question conservés dans ce dossier, dans les langues officielles dans lesquelles ils ont été versés.
documents-empty = Aucun document n'a encore été versé.
documents-column-symbol = Cote
documents-column-kind = Type
documents-column-session = Session
documents-column-languages = Langues
documents-column-title = Titre
kind-resolution = Résolution
kind-draft_resolution = Projet de résolution
kind-decision = Décision
kind-draft_decision = Projet de décision
kind-report = Rapport
kind-other = Document
document-back = Tous les documents
document-versions = Versions linguistiques
document-compare-label = Afficher en regard de
document-compare-none = Une seule langue
document-compare-button = Afficher
document-not-in-language = Ce document n'est pas disponible dans cette langue ; il est affiché en { $language }.
document-preamble = Préambule
document-operative = Dispositif
document-footnotes = Notes
document-sponsors = Auteurs
document-adopted-on = Adopté le
document-cites = Cite
document-cited-by = Cité par
document-missing = absent du dossier
document-warnings = Ce qui semble inexact dans cette lecture (à vérifier par le Secrétariat sur le texte officiel)
document-warning-numbering_gap = Le paragraphe { $at } du dispositif vient là où le { $expected } était attendu.
document-warning-items_skip = { $at } suit { $expected } : il manque un alinéa.
document-warning-footnote_unmarked = La note { $at } n’a pas d’appel dans le texte.
document-warning-sponsor_unresolved = L’auteur « { $at } » ne désigne aucun État.
document-warning-lines_unplaced = { $at } lignes n’ont pu être placées (lignes { $expected }).
permission-keep_record = Tenir le fonds documentaire
fetches-title = Récupérer des documents du Système de diffusion électronique des documents
fetches-link = Récupérer des documents du Système de diffusion électronique des documents
fetches-intro = Indiquez des cotes de documents, une par ligne ou séparées par des espaces, et les langues voulues. Chaque version linguistique est téléchargée en PDF officiel, lue et ajoutée au fonds en arrière-plan ; la page de la récupération montre où elle en est.
fetches-symbols = Cotes des documents
fetches-languages = Langues
fetches-start = Récupérer
fetches-recent = Récupérations récentes
fetches-requested = Demandée le
fetches-progress = { $done } version(s) linguistique(s) traitée(s) sur { $total }
fetches-refused-count = { $count ->
    [one] une refusée
   *[other] { $count } refusées
}
fetches-finished = Terminée
fetches-running = En cours : cette page s'actualise toute seule toutes les quelques secondes.
fetches-bad-symbol = Ce ne sont pas des cotes de documents : { $symbols }. Une cote s'écrit comme A/RES/76/19 ou A/C.1/76/L.13.
fetches-no-symbol = Indiquez au moins une cote de document.
fetches-no-language = Choisissez au moins une langue.
fetches-too-many = Au plus { $max } versions linguistiques à la fois ; { $count } demandées. Scindez la liste.
fetch-symbol = Cote
fetch-language = Langue
fetch-outcome = Résultat
fetch-outcome-waiting = En attente
fetch-outcome-stored = Ajoutée au fonds
fetch-outcome-updated = Mise à jour
fetch-outcome-unchanged = Inchangée
fetch-outcome-refused = Refusée
fetch-warnings-count = { $count ->
    [one] un point à vérifier
   *[other] { $count } points à vérifier
}
fetch-failed-bad-symbol = Ce n'est pas une cote de document.
fetch-failed-not-found = Le Système de diffusion électronique des documents n'a pas de version de ce document dans cette langue.
fetch-failed-redirect-loop = Les redirections du serveur tournent en boucle.
fetch-failed-web-page = Le serveur a répondu par une page web au lieu du PDF ; vérifiez la cote.
fetch-failed-not-pdf = La réponse du serveur n'est pas un PDF.
fetch-failed-server-status = Le serveur a refusé le téléchargement.
fetch-failed-unreachable = Le serveur est injoignable ; réessayez plus tard.
fetch-failed-broke-off = Le téléchargement s'est interrompu ; réessayez plus tard.
fetch-failed-pdf-encrypted = Le PDF est chiffré.
fetch-failed-pdf-no-text = Le PDF n'a pas de couche texte (un document numérisé ?).
fetch-failed-pdf-truncated = Le PDF est tronqué.
fetch-failed-pdf-damaged = Le PDF est endommagé.
fetch-failed-symbol-mismatch = Le PDF porte la cote d'un autre document.
fetch-failed-no-structure = Aucune structure de document n'a été trouvée dans le texte du PDF.
document-lineage = Filiation
document-no-citations = Aucune citation.

nav-search = Recherche
search-title = Rechercher dans le dossier
search-label = Mots à trouver
search-button = Rechercher
search-language-label = Langue des paragraphes
search-any-language = Toutes les langues
search-results = { $count ->
        [one] { $count } paragraphe
       *[other] { $count } paragraphes
    }
search-none = Aucun paragraphe ne contient tous ces mots.
search-facet-kind = Par type
search-facet-session = Par session
search-facet-language = Par langue
search-clear-filters = Tous les documents
search-results-more = Plus de { $count } paragraphes
search-group-states = États
search-group-framework = Le cadre
search-group-documents = Titres de documents
search-group-replies = Réponses publiées
search-group-paragraphs = Paragraphes du dossier
search-found-reply = { $state } : réponse au titre de la résolution { $resolution }
search-sort = Ordre :
search-sort-relevance = les plus pertinents d’abord
search-sort-newest = les plus récents d’abord
home-search-label = Rechercher dans les documents, les normes, les réponses publiées et les États
diff-title = Comparer deux documents
diff-intro = Paragraphe par paragraphe : ce qui a été ajouté, supprimé, déplacé ou modifié, avec les mots modifiés signalés.
diff-old = Document antérieur
diff-new = Document postérieur
diff-button = Comparer
diff-choose-two = Choisissez deux documents du registre à comparer.
diff-column-change = Modification
diff-column-text = Texte
diff-change-same = Inchangé
diff-change-changed = Modifié
diff-change-moved = Déplacé
diff-change-added = Ajouté
diff-change-removed = Supprimé
diff-change-aligned = Même emplacement
diff-across-languages = Ces deux documents n’ont aucune langue en commun : leurs paragraphes sont mis côte à côte selon leur emplacement ({ $old } et { $new }), sans comparaison mot à mot.
diff-column-place = Emplacement
diff-count-changed = { $count ->
        [one] { $count } paragraphe modifié
       *[other] { $count } paragraphes modifiés
    }
diff-count-added = { $count ->
        [one] { $count } ajouté
       *[other] { $count } ajoutés
    }
diff-count-removed = { $count ->
        [one] { $count } supprimé
       *[other] { $count } supprimés
    }
diff-count-moved = { $count ->
        [one] { $count } déplacé
       *[other] { $count } déplacés
    }
document-compare-other = Comparer avec un autre document
document-agenda-history = Le point de l'ordre du jour d'une session à l'autre
document-agenda-session = Session { $session } : point { $number }
nav-account = Compte
sign-in-title = Connexion
sign-in-email = Adresse électronique
sign-in-password = Mot de passe
sign-in-button = Se connecter
sign-in-invitation-only = Les comptes sont créés uniquement sur invitation : le Secrétariat invite le point focal de chaque État, qui invite les autres utilisateurs de l'État.
sign-in-code-intro = Saisissez le code à six chiffres affiché par votre application d'authentification.
sign-in-code = Code
sign-in-confirm = Confirmer
sign-in-recovery-hint = Appareil perdu ? Saisissez plutôt l'un de vos codes de secours (par exemple 12345-67890).
sign-in-enrol-intro = Tout compte doté d'un rôle exige un second facteur. Configurez maintenant une application d'authentification ; son code vous sera demandé à chaque connexion.
sign-in-enrol-secret = Ajoutez cette clé à votre application d'authentification, puis saisissez le code qu'elle affiche :
sign-in-enrol-qr = Code QR de configuration de l’application d’authentification
sign-in-enrol-qr-caption = Scannez ce code avec votre application d’authentification, ou saisissez la clé ci-dessous.
sign-in-enrol-link = Ouvrir dans une application d'authentification sur cet appareil
sign-in-throttled = Trop de tentatives. Attendez quinze minutes avant de réessayer.
sign-in-failed = L'adresse électronique ou le mot de passe est incorrect.
sign-in-code-failed = Ce code n'a pas été accepté. Les codes changent toutes les 30 secondes et chacun ne sert qu'une fois.
form-unknown-field = Le formulaire a envoyé un champ inconnu de cette page : { $field }. Rien n'a été modifié.
recovery-title = Vos codes de secours
recovery-intro = Conservez ces codes en lieu sûr, loin de votre appareil. Chacun permet une connexion si vous perdez votre application d'authentification. Ils ne sont affichés qu'une fois.
recovery-continue = Je les ai conservés ; continuer
account-title = Votre compte
account-roles = Rôles
account-no-roles = Aucun rôle : ce compte n'agit pour aucune organisation.
account-sessions = Sessions ouvertes
account-session-started = Connexion
account-session-last-seen = Dernière utilisation
account-session-from = Depuis
account-session-current = celle-ci
account-end-all = Se déconnecter partout
sign-out-button = Se déconnecter
token-title = Jetons d'API
token-intro = Pour les scripts, la ligne de commande vers ce serveur et les clients TAXII. Un jeton ne peut faire que ce que vous lui avez attribué, parmi ce que vos rôles permettent, jusqu'à son expiration ou sa révocation.
token-none = Aucun jeton pour l'instant.
token-name = Nom
token-scopes = Autorisé à
token-created = Créé
token-expires = Expire
token-revoked = Révoqué
token-revoke = Révoquer
token-days = Validité (jours)
token-create = Créer le jeton
token-shown-once = Copiez ce jeton maintenant : il n'est affiché qu'une fois et ne pourra plus être lu.
token-scope-not-held = Un jeton ne peut recevoir que des autorisations accordées par vos rôles. Rien n'a été créé.
token-invalid = Un jeton doit avoir un nom (100 caractères au plus), au moins une autorisation et une validité de 1 à 366 jours. Rien n'a été créé.
org-users-title = Utilisateurs
org-audit-title = Journal d'audit
org-audit-intro = Toutes les modifications concernant cette organisation, les plus récentes en premier. Chaque entrée est chaînée à la précédente ; `comity audit verify` prouve que rien n'a été modifié, supprimé ou inséré.
account-name = Nom
account-status = Statut
account-disabled = Désactivé
account-active = Actif
audit-when = Date
audit-who = Qui
audit-what = Action
audit-object = Objet
audit-details = Modifications
org-secretariat = Secrétariat
error-forbidden-title = Non autorisé
error-forbidden-text = Aucun de vos rôles ne le permet. Si vous en avez besoin, adressez-vous à votre point focal ou au Secrétariat.
role-focal_point = Point focal
role-drafter = Rédacteur
role-approver = Approbateur
role-poc_diplomatic = Point de contact diplomatique
role-poc_technical = Point de contact technique
role-admin = Administrateur
role-report_editor = Rédacteur du rapport
role-directory_manager = Gestionnaire du répertoire
role-negotiator = Négociateur
permission-read_public = Lire les données publiques
permission-manage_accounts = Gérer les comptes
permission-manage_state_users = Gérer les utilisateurs de l'État
permission-list_users = Lister les utilisateurs
permission-draft_submission = Rédiger les contributions
permission-approve_submission = Valider les contributions
permission-read_state_submissions = Lire les contributions de l'État
permission-edit_report = Établir le rapport
permission-nominate_poc = Désigner les points de contact
permission-read_directory = Consulter le répertoire
permission-manage_directory = Gérer le répertoire
permission-read_audit = Consulter le journal d'audit
permission-manage_own_tokens = Gérer ses jetons
permission-read_own_account = Consulter son compte
permission-negotiate = Négocier des textes au nom de l'État (propositions, positions, silence)
permission-read_negotiations = Lire les textes en négociation
permission-manage_negotiations = Gérer les négociations
welcome-title = Choisissez votre mot de passe
welcome-intro = Bienvenue, { $name }. Choisissez un mot de passe d'au moins 12 caractères ; vous vous connecterez ensuite et configurerez votre second facteur.
welcome-password = Nouveau mot de passe
welcome-confirm = Le même mot de passe, à nouveau
welcome-button = Enregistrer le mot de passe
welcome-mismatch = Les deux mots de passe diffèrent. Rien n'a été modifié.
welcome-too-short = { $count ->
        [one] Le mot de passe doit compter au moins { $count } caractère. Rien n'a été modifié.
       *[other] Le mot de passe doit compter au moins { $count } caractères. Rien n'a été modifié.
    }
welcome-too-long = Le mot de passe est trop long (256 caractères au plus). Rien n'a été modifié.
welcome-link-unknown = Ce lien n'est pas valide. Demandez-en un nouveau.
welcome-link-used = Ce lien a déjà servi : chaque lien ne fonctionne qu'une fois. Connectez-vous ou demandez-en un nouveau.
welcome-link-expired = Ce lien a expiré. Demandez-en un nouveau.
reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l'adresse de votre compte ; un lien pour choisir un nouveau mot de passe y sera envoyé. Il fonctionne une fois, pendant une heure.
reset-button = Envoyer le lien
reset-sent = Si un compte utilise cette adresse, un lien y a été envoyé.
reset-link = Mot de passe oublié ?
invite-title = Inviter une personne
invite-button = Envoyer l'invitation
invite-sent = Une invitation a été envoyée à { $email }.
invite-lang = Sa langue
invite-role = Rôle
invite-bad-role = Ce rôle ne peut pas être attribué ici : les points focaux des États sont invités par le Secrétariat, et chaque rôle relève d'un État ou du Secrétariat. Rien n'a été modifié.
invite-refused = L'invitation n'a pas été envoyée : { $reason }. Rien n'a été modifié.
mail-not-configured = La messagerie n'est pas configurée sur ce serveur (smtp_relay) : aucun lien ne peut être envoyé. Rien n'a été modifié.
mail-failed = Le compte a été créé, mais le relais de messagerie n'a pas accepté l'invitation ; renvoyez-la depuis la ligne de commande (comity users invite).
mail-invitation-subject = Votre invitation à Comity
mail-invitation-body = Madame, Monsieur ({ $name }),

    Vous avez été invité(e) à rejoindre Comity pour { $org }. Choisissez votre mot de passe ici (le lien fonctionne une fois, dans les sept jours) :

    { $link }

    Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.
mail-reset-subject = Réinitialisation de votre mot de passe Comity
mail-reset-body = Madame, Monsieur ({ $name }),

    Une réinitialisation du mot de passe de votre compte Comity a été demandée. Choisissez-en un nouveau ici (le lien fonctionne une fois, dans l'heure) :

    { $link }

    Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
passkey-title = Clés d'accès
passkey-intro = Une clé d'accès sur cet appareil ou une clé de sécurité peut remplacer le code de l'application d'authentification lors de la connexion.
passkey-none-yet = Aucune clé d'accès pour l'instant.
passkey-name = Nom de la clé d'accès
passkey-add = Ajouter une clé d'accès
passkey-sign-in = Utiliser plutôt une clé d'accès
passkey-needs-script = L'ajout d'une clé d'accès nécessite JavaScript dans ce navigateur ; tout le reste fonctionne sans.
passkey-failed = La clé d'accès n'a pas été acceptée.
passkey-none = Ce compte n'a pas de clé d'accès ; saisissez le code de votre application d'authentification.
passkey-unavailable = Les clés d'accès ne sont pas disponibles ici : l'adresse publique de ce serveur doit être un nom d'hôte (public_url).
audit-whole = le journal entier
error-too-large-title = Trop volumineux
error-too-large-text = Le formulaire a envoyé plus que ce que le serveur accepte (64 Kio). Rien n'a été modifié.
error-nul-title = Ce n'est pas du texte
error-nul-text = Le formulaire contenait un caractère NUL (U+0000), qui n'est pas du texte. Retirez-le et envoyez de nouveau le formulaire. Rien n'a été modifié.
error-rate-limited-title = Trop de demandes
error-rate-limited-text = Vous avez envoyé plus de demandes au cours de la dernière minute que le serveur n'en traite. Patientez un instant, puis réessayez. Rien n'a été modifié.
remove-button = Retirer
remove-done = { $email } n'a plus de rôle ici ; ses sessions ont pris fin.
remove-focal-point = Le point focal d'un État est retiré par le Secrétariat. Rien n'a été modifié.
mail-cycle-subject = Vues et évaluations au titre de la résolution { $resolution } : une réponse est attendue
mail-cycle-body = Madame, Monsieur ({ $name }),

    Le Secrétariat invite votre gouvernement à communiquer ses vues et évaluations au titre de la résolution { $resolution } (cycle { $cycle }). Les réponses reçues d'ici au { $deadline } figureront dans le rapport ; les réponses ultérieures seront publiées sous forme d'additifs.

    Les rédacteurs de votre État peuvent préparer la réponse, et son approbateur la soumettre, depuis { $link }
cycles-title = Vues et évaluations
cycles-intro = Cycles de présentation : les résolutions qui invitent les États à communiquer leurs vues, les questions posées et les délais.
cycles-none = Aucun cycle de présentation n'est ouvert.
cycles-resolution = Résolution
cycles-deadline = Délai
cycles-reply-of = Réponse de { $state }
cycle-status-open = Ouvert
cycle-status-closed = Clos
reply-title = Réponse de l'État : { $state }
reply-status-draft = Projet
reply-status-submitted = Soumise
reply-status-published = Publiée
reply-version = Version { $version }
reply-late = reçue après le délai : pour un additif
reply-language = Langue de l'original
reply-markdown-hint = Écrivez en texte simple ; le Markdown est compris (titres, paragraphes numérotés, listes, tableaux, notes).
reply-save = Enregistrer cette version
reply-submit = Soumettre au Secrétariat
reply-withdraw = Retirer
reply-publish = Publier
reply-saved = Enregistrée comme version { $version }.
reply-conflict-kept = Votre texte est conservé dans le formulaire ci-dessous ; à côté de chaque réponse qui diffère figure ce que contient la version { $version }, vos modifications marquées. Enregistrer maintenant place votre texte par-dessus la version { $version }.
reply-conflict-theirs = Version { $version }, enregistrée entre-temps :
reply-conflict-compare = Le vôtre comparé à elle, mot à mot (barré : ce que le vôtre retire ; souligné : ce qu'il ajoute)
reply-conflict-save = Enregistrer le mien par-dessus la version { $version }
reply-refused = Non effectué : { $reason }. Rien n'a été modifié.
refusal-stale_version = Non enregistré : quelqu'un d'autre a enregistré cette réponse pendant que vous écriviez (elle en est à la version { $current } ; la vôtre partait de la version { $yours }). Rien n'a été écrasé.
refusal-step_not_allowed = Non effectué : une réponse au statut « { $status } » ne peut pas être { $action }. Rien n'a été modifié.
refusal-cycle_closed = Non effectué : le cycle est clos ; les réponses ne peuvent plus être enregistrées ni soumises.
refusal-unknown_state = Non effectué : { $state } n'est pas le code d'un État Membre ou observateur.
refusal-unknown_language = Non effectué : « { $given } » n'est pas l'une des six langues officielles (ar, zh, en, fr, ru, es).
refusal-duplicate_account = Non effectué : un compte avec l'adresse { $email } existe déjà.
refusal-unknown_account = Non effectué : aucun compte n'a l'adresse { $email }.
refusal-unknown_cycle = Non effectué : il n'y a pas de cycle { $cycle }.
refusal-no_reply = Non effectué : { $state } n'a pas de réponse dans le cycle { $cycle }.
refusal-invalid_email = Non effectué : « { $given } » n'est pas une adresse électronique (nom@example.org). Rien n'a été modifié.
refusal-role_outside_org = Non effectué : le rôle « { $role } » s'exerce { $holder ->
        [state] dans un État
       *[other] au Secrétariat
    }, non dans { $org }. Rien n'a été modifié.
refusal-duplicate_cycle = Non effectué : un cycle pour { $resolution } faisant rapport à la session { $session } existe déjà ({ $cycle }). Rien n'a été modifié.
refusal-cycle_resolution = Non effectué : « { $given } » n'est pas une cote de résolution de l'Assemblée générale ; écrivez-en une comme A/RES/76/19. Rien n'a été modifié.
refusal-cycle_session = Non effectué : une session de l'Assemblée générale est un nombre de 1 à 200, non { $given }. Rien n'a été modifié.
refusal-cycle_date = Non effectué : { $field } « { $given } » n'est pas une date ; écrivez-la AAAA-MM-JJ. Rien n'a été modifié.
refusal-cycle_deadline_before_note = Non effectué : la date limite { $deadline } précède la date de la note verbale { $sent }. Rien n'a été modifié.
refusal-cycle_question_count = Non effectué : un cycle pose au moins une question, et au plus 20. Rien n'a été modifié.
refusal-cycle_question = Non effectué : question { $label } : { $detail }. Rien n'a été modifié.
refusal-cycle_note_verbale = Non effectué : la référence de la note verbale est vide. Rien n'a été modifié.
refusal-translation_of_original = Non effectué : la réponse de { $state } est déjà en { $lang } (sa langue originale). Rien n'a été modifié.
refusal-attachment_empty = Non joint : { $name } est vide. Rien n'a été modifié.
refusal-attachment_too_large = Non joint : { $name } fait { $size } octets, au-delà de la limite de { $limit } octets (10 Mio). Rien n'a été modifié.
refusal-attachment_wrong_type = Non joint : seuls les fichiers PDF et Word (.docx) peuvent être joints ; { $name } est { $found }. Rien n'a été modifié.
refusal-attachment_name_mismatch = Non joint : { $name } est un fichier { $actual } mais son nom se termine par .{ $named } ; renommez-le en .{ $expected }. Rien n'a été modifié.
refusal-attachment_bad_docx = Non joint : { $name } n'est pas un fichier Word lisible. Rien n'a été modifié.
refusal-attachment_bad_name = Non joint : un nom de fichier compte de 1 à 200 caractères, sans dossier ni caractère de contrôle (« { $name } »). Rien n'a été modifié.
refusal-attachment_too_many = Non joint : { $limit } fichiers au plus peuvent être joints ; retirez-en un d'abord. Rien n'a été modifié.
refusal-required = Non effectué : il manque { $field }. Rien n'a été modifié.
refusal-out_of_range = Non effectué : { $field } va de { $min } à { $max }, non { $given }. Rien n'a été modifié.
refusal-not_a_number = Non effectué : { $field } est un nombre entier, non « { $given } ». Rien n'a été modifié.
refusal-not_one_of = Non effectué : { $field } est l'un de { $allowed }, non « { $given } ». Rien n'a été modifié.
refusal-not_a_date = Non effectué : « { $given } » n'est pas une date (AAAA-MM-JJ). Rien n'a été modifié.
refusal-not_a_time = Non effectué : { $field } « { $given } » n'est pas une heure (par exemple 2026-12-08T17:00:00Z). Rien n'a été modifié.
refusal-time_passed = Non effectué : { $field } { $given } est passé. Rien n'a été modifié.
refusal-invalid = Non effectué : { $name } : { $detail }. Rien n'a été modifié.
refusal-no_contact_in_scope = Non lancé : aucun contact inscrit n'entre dans le périmètre de ce cycle de vérification. Rien n'a été modifié.
refusal-unknown_contact = Non effectué : { $state } n'a pas de contact inscrit { $id }. Rien n'a été modifié.
refusal-unknown_change = Non effectué : il n'y a pas de modification { $id }. Rien n'a été modifié.
refusal-already_decided = Non effectué : la modification { $id } a déjà été { $decision }. Rien n'a été modifié.
refusal-contact_unlisted = Non effectué : le contact { $id } ne figure plus dans l'annuaire. Rien n'a été modifié.
refusal-message_not_taken = Non envoyé : son identifiant, ou un message ou un fil qu'il cite, n'est pas utilisable par ce compte. Rien n'a été modifié.
refusal-write_to_self = Non envoyé : { $state } ne peut pas s'écrire à lui-même. Rien n'a été modifié.
refusal-thread_open = Non envoyé : ce fil est déjà ouvert ; répondez-y par une note, non par un nouveau signalement. Rien n'a été modifié.
refusal-no_one_to_reply = Non envoyé : personne d'autre ne participe à ce fil pour recevoir une réponse. Rien n'a été modifié.
refusal-not_a_person_of_contact = Non envoyé : { $email } n'est pas un point de contact de { $states } dans Comity ; TLP:RED ne va qu'à des personnes qui peuvent se connecter. Rien n'a été modifié.
refusal-no_listed_contact = Non envoyé : { $state } n'a pas encore de point de contact inscrit ; un message ne toucherait personne. Rien n'a été modifié.
refusal-not_a_recipient = Non effectué : { $state } n'a pas reçu ce message ; ce sont ses destinataires qui en accusent réception. Rien n'a été modifié.
refusal-not_the_author = Non joint : seul l'auteur d'un message y joint des fichiers. Rien n'a été modifié.
refusal-marking_too_low = Non envoyé : une réponse à un message { $replied } ne peut pas être marquée { $reply } ; gardez { $replied } ou restreignez davantage. Rien n'a été modifié.
refusal-kind_mismatch = Non enregistré : { $symbol } est consigné comme « { $recorded } », mais ce texte se lit comme « { $kind } ». Rien n'a été modifié.
refusal-too_many_paragraphs = Non enregistré : { $symbol } ({ $lang }) compte { $count } paragraphes ; { $max } au plus peuvent être enregistrés. Rien n'a été modifié.
refusal-no_symbol = Non enregistré : { $source } ne porte pas de cote ; indiquez-la dans le champ de la cote. Rien n'a été modifié.
refusal-backup_older_than_target = Non restauré : la base cible est à la version de schéma { $target } mais la sauvegarde à la version { $backup } ; restaurez dans une base neuve. Rien n'a été modifié.
refusal-target_not_empty = Non restauré : la base cible contient déjà des données (la table { $table } compte { $count } lignes) ; restaurez dans une base neuve. Rien n'a été modifié.
refusal-unknown_negotiation = Non effectué : il n'existe pas de négociation { $id }.
refusal-negotiation_name_taken = Non créée : une négociation nommée { $name } existe déjà. Rien n'a été modifié.
refusal-negotiation_closed = Non effectué : la négociation est adoptée ou close ; on ne peut plus rien proposer, décider ni consigner sur son texte. Rien n'a été modifié.
refusal-under_silence = Non déposée : le texte est sous procédure d'accord tacite ; les propositions attendent que la présidence reprenne. Rien n'a été modifié.
refusal-proposals_closed = Non déposée : les propositions sur cette révision étaient reçues jusqu'au { $deadline } ; la présidence peut rouvrir. Rien n'a été modifié.
refusal-not_in_revision = Non déposée : le paragraphe visé n'est pas dans la révision en cours (Rev.{ $revision }) ; proposez sur le texte de cette révision. Rien n'a été modifié.
refusal-own_proposal = Non consignée : un État ne prend pas position sur une proposition qu'il a faite ou rejointe. Rien n'a été modifié.
refusal-silence_broken_already = Non consignée : { $state } a déjà rompu le silence sur ce texte ; un État ne le rompt qu'une fois. Rien n'a été modifié.
refusal-silence_ended = Non consignée : la procédure d'accord tacite a pris fin le { $deadline }. Rien n'a été modifié.
refusal-not_the_chair = Non effectué : seuls la présidence de la négociation et son équipe d'appui le peuvent. Rien n'a été modifié.
refusal-zero_draft_in_use = Non remplacé : l’avant-projet n’est remplacé que tant que rien n’y est attaché, sans proposition ni contribution écrite et sans Rev.1. La présidence le modifie désormais par la révision suivante. Rien n’a été modifié.
refusal-text_replaced = Non envoyé : la présidence a remplacé le texte pendant votre envoi. Lisez le texte tel qu’il est maintenant et envoyez à nouveau. Rien n’a été modifié.
refusal-stakeholders_not_admitted = Non effectué : les projets de cette négociation sont réservés aux États ; les parties prenantes sont accréditées auprès d'une négociation que le Secrétariat leur a ouverte. Rien n'a été modifié.
refusal-state_user_not_stakeholder = Non effectué : { $email } a un rôle pour un État ou le Secrétariat ; une partie prenante est accréditée sur un compte qui lui est propre. Rien n'a été modifié.
refusal-not_a_stakeholder = Non effectué : seules les parties prenantes accréditées auprès de cette négociation soumettent des contributions écrites sur son texte. Rien n'a été modifié.
refusal-input_too_long = Non soumis : une contribution écrite compte au plus { $max } caractères. Rien n'a été modifié.
refusal-unknown_proposal = Non effectué : il n'y a pas de proposition { $id } dans cette négociation. Rien n'a été modifié.
refusal-field-account_name = le nom du compte
refusal-field-round_title = le titre du cycle de vérification
refusal-field-rejection_reason = le motif du rejet, que l'État lira
refusal-field-contact_details = les coordonnées du contact
refusal-field-contact_choice = le contact à modifier ou retirer
refusal-field-token_name_length = la longueur du nom du jeton (en caractères)
refusal-field-token_permissions = au moins une autorisation pour le jeton
refusal-field-token_days = la validité du jeton en jours
refusal-field-translation_text = le texte de la traduction officielle (marquez-la en attente tant qu'elle n'est pas prête)
refusal-field-translation_status = le statut de la traduction
refusal-field-fetch_items = le nombre de versions linguistiques à chercher (au moins une cote et une langue)
refusal-field-round_hours = la durée du cycle en heures
refusal-field-repeat_days = le nombre de jours entre deux cycles
refusal-field-ack_channel = le canal de l'accusé de réception
refusal-field-contact_category = la catégorie du contact
refusal-field-deadline = la date limite
refusal-field-start = le début
refusal-field-note_verbale_date = la date de la note verbale
refusal-decision-verified = vérifiée
refusal-decision-rejected = rejetée
refusal-action-save = modifiée
refusal-action-submit = soumise
refusal-action-withdraw = retirée
refusal-action-publish = publiée
reply-now-draft = La réponse est de nouveau un projet.
reply-now-submitted = La réponse a été soumise au Secrétariat.
reply-now-published = La réponse est publiée.
report-un = Nations Unies
report-ga = Assemblée générale
report-distribution = Distr. générale
report-session = Session { $session }
report-item = Point { $item } de la liste préliminaire
report-heading = Rapport du Secrétaire général
report-heading-addendum = Rapport du Secrétaire général : additif
report-introduction = I. Introduction
report-intro-invited = Dans sa résolution { $resolution } du { $date }, intitulée « { $title } », l'Assemblée générale a invité tous les États Membres à continuer de communiquer au Secrétaire général leurs vues et évaluations sur les questions suivantes :
report-intro-note-verbale = Comme suite à cette demande, une note verbale ({ $reference }) a été adressée aux États Membres le { $date } pour les inviter à communiquer des informations à ce sujet. Les réponses reçues sont reproduites telles quelles à la section II ci-après. Les réponses reçues après la date limite seront publiées sous forme d'additifs au présent rapport.
report-replies = II. Réponses reçues des gouvernements
report-no-replies = Aucune réponse n'a été reçue.
report-original = Original : { $language }
report-untranslated = Reproduit dans la langue de présentation ; aucune traduction n'est disponible.
lang-name-ar = arabe
lang-name-zh = chinois
lang-name-en = anglais
lang-name-fr = français
lang-name-ru = russe
lang-name-es = espagnol
views-intro = Les réponses que les États ont adressées au Secrétaire général, une fois publiées, et le rapport qui en est tiré.
views-published = Réponses publiées
nav-views = Vues
mail-reminder-subject = Rappel : vues et évaluations au titre de la résolution { $resolution }
mail-reminder-body = Madame, Monsieur ({ $name }),

    Le Secrétariat n'a pas encore reçu la réponse de votre gouvernement au titre de la résolution { $resolution } (cycle { $cycle }). Les réponses reçues d'ici au { $deadline } figureront dans le rapport ; les réponses ultérieures seront publiées sous forme d'additifs.

    La réponse peut être préparée et soumise depuis { $link }
reply-versions-title = Comparaison des versions

## The report in Word and its notes
report-as-received = Les réponses sont reproduites telles qu'elles ont été reçues, sans mise au point rédactionnelle ; les appellations employées sont celles des gouvernements qui les ont présentées.
report-translation-pending = Une traduction dans cette langue est en préparation ; la réponse est reproduite dans la langue de présentation.

## The introduction when the resolution is not in the record
report-intro-invited-bare = Dans sa résolution { $resolution }, l'Assemblée générale a invité tous les États Membres à continuer de communiquer au Secrétaire général leurs vues et observations sur les questions suivantes :

## The structured reply (after the National Survey of Implementation)
survey-status-label = Mise en œuvre :
survey-measures-label = Types de mesures :
survey-status-implemented = mise en œuvre
survey-status-partly = partiellement mise en œuvre
survey-status-planned = prévue
survey-status-not-started = pas encore engagée
survey-status-not-applicable = sans objet
survey-measure-legislation = législation
survey-measure-policy = politique ou stratégie
survey-measure-institution = institutions
survey-measure-cooperation = coopération internationale
survey-measure-capacity-building = renforcement des capacités
survey-measure-other = autres
survey-list-measures = mesures prises
survey-list-challenges = difficultés
survey-list-needs = besoins en capacités
survey-title = Réponse structurée (facultative)
survey-hint = Sur le modèle de l'Enquête nationale sur la mise en œuvre : pour chaque norme, son degré de mise en œuvre et les types de mesures, avec des observations ; pour chaque partie, les mesures prises, les difficultés et les besoins en capacités. Aucune question n'est obligatoire.
survey-comments = Observations
survey-not-answered = sans réponse

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = États dont les réponses sont publiées, par cycle
views-chart-norms = États ayant fait rapport sur chaque norme
views-chart-statuses = Mise en œuvre selon les États
views-by-state = Vues et évaluations : { $state }
views-by-element = Ce que les États ont indiqué : { $element }
views-states-reporting = États ayant fait rapport : { $count }
views-none-state = Aucune réponse de cet État n'a encore été publiée.
views-none-element = Aucune réponse publiée ne porte encore sur cet élément.
views-open-data = Toutes les réponses publiées en données ouvertes
views-download-docx = Le rapport en fichier Word
views-by-state-title = Réponses par État
views-by-element-title = Réponses par élément du cadre
views-count = Nombre
csv-column-cycle = Cycle
csv-column-state = Code de l’État
csv-column-state-name = État
csv-column-original-language = Langue originale
csv-column-date = Date
csv-column-late = En retard
csv-column-question = Question
csv-column-answer = Réponse

## Attachments and translations of a reply
reply-attachments = Pièces jointes
reply-attach = Joindre
reply-attach-hint = PDF ou Word (.docx), 10 Mio au plus chacun, 10 au plus par réponse.
reply-attach-file = Fichier
reply-attached = { $name } est joint.
reply-detached = La pièce jointe a été retirée.
reply-remove = Retirer
reply-translations = Traductions
reply-translation-outdated = faite sur une version antérieure
reply-translation-add = Joindre une traduction
reply-translation-into = Vers
reply-translation-status = Statut
reply-translation-saved = La traduction est enregistrée.
translation-status-official = traduction officielle
translation-status-pending = traduction en attente
translation-status-original = original

## The Secretariat's view of a cycle
cycle-overview-title = Réponses à la résolution { $resolution }
cycle-overview-link = Toutes les réponses
cycle-overview-counts = Projets : { $draft } · Soumises : { $submitted } · Publiées : { $published }
cycle-column-state = État
cycle-column-submitted = Soumise le

## The Points of Contact directory
contacts-title = Répertoire des points de contact
contacts-intro = Le répertoire mondial intergouvernemental des points de contact : qui joindre dans chaque État, sur les plans diplomatique et technique. Confidentiel : jamais public.
contacts-not-yet = Les utilisateurs de votre État voient le répertoire dès qu'un de ses points de contact a été vérifié par le gestionnaire du répertoire.
contacts-category = Catégorie
contacts-category-diplomatic = Diplomatique
contacts-category-technical = Technique
contacts-name = Nom
contacts-position = Fonction
contacts-institution = Institution
contacts-emails = Adresses électroniques
contacts-phones = Numéros de téléphone
contacts-languages = Langues de travail
contacts-hours = Heures de travail
contacts-time-zone = Fuseau horaire
contacts-openpgp = Clé publique OpenPGP (facultative)
contacts-list-hint = Plusieurs : un par ligne, ou séparés par des points-virgules. Langues en codes de deux lettres (en, fr, ar).
contacts-own-title = Points de contact : { $state }
contacts-nominate = Désigner un point de contact
contacts-nominated = La désignation attend la vérification du gestionnaire du répertoire.
contacts-remove = Demander le retrait
contacts-removal-asked = Le retrait attend la vérification du gestionnaire du répertoire.
contacts-changes-title = Modifications en attente de vérification
contacts-verify = Vérifier
contacts-reject = Rejeter
contacts-reason = Motif (l'État le lira)
contacts-decided = C'est fait : la modification est { $status }.
contacts-history = Désignations, modifications et retraits
contacts-kind-nominate = désignation
contacts-kind-change = modification
contacts-kind-remove = retrait
contacts-status-pending = en attente
contacts-status-verified = vérifiée
contacts-status-rejected = rejetée
contacts-export = Exporter (CSV)
contacts-none = Aucun point de contact pour l'instant.
contacts-queue-more = Les { $shown } plus anciennes des { $total } modifications en attente sont affichées ; celles qui sont tranchées laissent la place aux suivantes.
contacts-state = État

## Communication checks
check-mail-subject = Répertoire des points de contact : veuillez accuser réception de ce contrôle d'ici le { $deadline }
check-mail-body =
    Madame, Monsieur ({ $name }),
    
    Le gestionnaire du répertoire mondial intergouvernemental des points de contact vérifie que les points de contact peuvent être joints. Veuillez accuser réception d'ici le { $deadline } (UTC) en ouvrant ce lien personnel, utilisable une seule fois :
    
    { $link }
    
    Merci.
ack-title = Contrôle de communication
ack-confirm = Accuser réception
ack-explain = Confirmez que ce contrôle vous est parvenu. L'ouverture du lien seule n'enregistre rien.
ack-recorded = Merci : votre accusé de réception est enregistré.
ack-already = Ce lien a déjà été utilisé ; le premier accusé de réception est retenu.
ack-expired = Le délai de ce contrôle est dépassé ; rien n'a été enregistré.
ack-unknown = Ce lien n'est pas valide. Utilisez le lien du dernier message de contrôle.
checks-title = Contrôles de communication
checks-start = Lancer un contrôle de tous les points de contact inscrits
checks-round-title = Titre
checks-deadline = Délai (UTC)
checks-started = Lancé : { $count } points de contact sollicités ; les messages sont en route.
checks-asked = Sollicités
checks-acknowledged = Ont répondu
checks-rate = Taux de réponse
checks-median = Délai médian
checks-p90 = 90e centile
checks-overall = Tous les points de contact
checks-no-answer = pas de réponse
checks-chart = Minutes avant l'accusé de réception, par point de contact

## A State's own check results
checks-own-title = Contrôles de communication : { $state }
checks-none = Aucun contrôle n'a encore sollicité les points de contact de cet État.

## Bounced check mail
checks-bounced = message rejeté

## Check reminders
check-reminder-subject = Rappel : veuillez accuser réception de ce contrôle d'ici le { $deadline }

## Messages between States (requests, notifications, replies)
messages-title = Messages entre États
messages-for = Demandes, notifications et réponses de { $state }, selon leur marquage TLP.
messages-none = Aucun message pour l'instant.
message-new = Écrire à un autre État
message-from = De
message-from-state = de { $state }
message-last = Dernier (UTC)
message-sent = Envoyé (UTC)
message-awaits = accusé de réception attendu
message-acknowledged-at = reçu le
message-deadline = avant le
message-acknowledge = Accuser réception
message-acknowledged = Réception confirmée pour votre État.
message-acknowledged-before = Votre État avait déjà accusé réception de ce message.
message-reply = Répondre
message-send = Envoyer
message-window = Période (UTC)
message-privacy = Les contacts destinataires sont avertis par courriel qu'un message les attend, jamais de son contenu ; ils le lisent ici, après connexion.
message-named-hint = TLP:RED seulement : les adresses des personnes destinataires, séparées par des virgules ; personne d'autre, pas même leurs collègues, ne le lit.
message-choose = choisissez l'une des options proposées
message-gone = Le message auquel vous répondez ne vous est pas (ou plus) accessible.
message-field-error = { $field } : { $message }
message-field-kind = Type
message-field-recipients = Destinataires
message-field-subject = Objet
message-field-sector = Secteur d'infrastructure critique touché
message-field-window_start = Du (UTC)
message-field-window_end = Au (UTC)
message-field-urgency = Urgence
message-field-tlp = Marquage TLP
message-field-elements = Éléments du cadre concernés
message-field-named = Destinataires nommés
message-field-body = Texte
message-sector-none = Aucun

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = Notification
message-kind-request_information = Demande d'information
message-kind-request_assistance = Demande d'assistance
message-kind-reply = Réponse
message-urgency-low = Faible (72 heures pour accuser réception)
message-urgency-medium = Moyenne (24 heures)
message-urgency-high = Élevée (4 heures)
message-urgency-critical = Critique (1 heure)
message-tlp-clear = TLP:CLEAR — diffusion sans restriction
message-tlp-green = TLP:GREEN — au sein de la communauté
message-tlp-amber = TLP:AMBER — l'organisation de l'État destinataire, selon le besoin d'en connaître
message-tlp-amber-strict = TLP:AMBER+STRICT — les seuls points de contact de l'État destinataire
message-tlp-red = TLP:RED — les seules personnes nommées
message-sector-energy = Énergie
message-sector-water = Eau
message-sector-health = Santé
message-sector-finance = Finance
message-sector-transport = Transports
message-sector-telecommunications = Télécommunications
message-sector-digital_infrastructure = Infrastructures numériques
message-sector-government = Administration publique
message-sector-emergency_services = Services d'urgence
message-sector-food = Alimentation
message-sector-elections = Élections
message-sector-other = Autre
messages-escalated-title = Messages sans accusé de réception dans les délais
messages-escalated-intro = Ni les contacts techniques ni les contacts diplomatiques n'ont accusé réception de ces messages à temps. Seuls l'expéditeur et le destinataire sont indiqués, jamais le contenu.
messages-escalated-none = Chaque message a reçu un accusé de réception dans les délais.
message-mail-subject = { $kind } de { $state } ({ $urgency }, { $tlp })
message-mail-escalated-subject = Toujours sans accusé de réception : { $kind } de { $state } ({ $tlp })
message-mail-body = Madame, Monsieur ({ $name }),
    
    { $state } a adressé un message à votre État par le répertoire des points de contact : { $kind }, urgence { $urgency }, marqué { $tlp }.
    Veuillez le lire et en accuser réception avant le { $deadline } UTC, après connexion :
    
    { $link }
    
    Ce courriel ne contient pas le message lui-même.

## Permission to exchange messages (token scopes)
permission-exchange_messages = Échanger des messages avec d'autres États (portail et TAXII)

## Round reports and scheduled rounds
checks-started-at = Début (UTC)
checks-summary = Réponses
checks-median-minutes = Délai médian
checks-p90-minutes = 90e centile du délai
checks-by-contact = Réponses par contact
checks-answer = Délai d'accusé de réception
checks-report-docx = Rapport (Word)
checks-report-html = Rapport (page web)
checks-schedule = Programmer une vérification
checks-start-at = Commence le (UTC)
checks-window-hours = Heures pour répondre
checks-every-days = Répéter tous les (jours ; vide : une fois)
checks-schedules = Vérifications programmées
checks-scheduled = Programmée : le serveur la lancera le { $at }.
checks-once = une fois
checks-every = tous les { $days } jours
checks-unschedule = Arrêter
checks-unscheduled = La programmation est arrêtée ; les vérifications déjà lancées demeurent.
checks-history = Fiabilité dans le temps

## Communication checks waiting for the signed-in contact
checks-pending = Vérifications de communication en attente de votre accusé de réception

## UNSD M49 regions (check statistics by region)
region-002 = Afrique
region-019 = Amériques
region-142 = Asie
region-150 = Europe
region-009 = Océanie

## Attachments of messages between States
message-attach = Joindre un fichier à votre message (PDF ou Word, 10 Mo au plus)
message-attach-send = Joindre
draft-found = Ce navigateur a gardé un texte que vous avez saisi ici sans l'envoyer, du
draft-restore = Le rétablir
draft-discard = L'abandonner
cycle-waiting-title = { $count ->
    [one] Un État Membre n'a pas soumis de réponse
   *[other] { $count } États Membres n'ont pas soumis de réponse
}
cycle-remind = Relancer leurs points focaux maintenant
cycle-reminded = { $count ->
    [one] Un rappel a été envoyé à un point focal.
   *[other] Des rappels ont été envoyés à { $count } points focaux.
}

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = Rechercher dans le dossier
site-search-placeholder = Rechercher documents, normes, réponses, États
site-search-button = Rechercher
nav-role-label = Votre travail
nav-for-state = { $link } ({ $state })
nav-own-reply = Notre réponse
nav-own-contacts = Nos points de contact
nav-own-checks = Nos vérifications
nav-own-users = Nos utilisateurs
nav-messages = Messages
nav-checks-to-acknowledge = Vérifications à confirmer
nav-cycles = Cycles de rapport
nav-checks = Vérifications de communication
nav-directory = Répertoire
nav-queue = Modifications à vérifier
nav-audit = Journal d’audit
nav-fetches = Récupérations ODS
checks-none-pending = Aucune vérification de communication n’attend votre confirmation.

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a } s
duration-minutes = { $a } min { $b } s
duration-hours = { $a } h { $b } min
duration-days = { $a } j { $b } h

## The mail outbox
outbox-title = Boîte d’envoi
outbox-intro = Chaque courriel envoyé par Comity part d’ici : en attente, renvoyé à intervalles croissants lorsque le relais refuse un temps, envoyé, ou rejeté lorsque l’adresse n’existe pas. Les textes contiennent des liens à usage unique et ne sont pas affichés.
outbox-intro-demo = Cette démonstration remet ses courriels à une boîte aux lettres qui lui est propre, sur cette machine : chaque courriel est affiché en entier, avec ses liens, pour suivre jusqu’au bout vérifications, invitations et réinitialisations de mot de passe.
outbox-intro-no-relay = Aucun relais de messagerie n’est configuré (smtp_relay) : les courriels attendent ici qu’il le soit.
outbox-status-queued = En attente
outbox-status-retrying = Nouvel essai prévu
outbox-status-sent = Envoyé
outbox-status-bounced = Rejeté
outbox-oldest-unsent = Plus ancien courriel non envoyé
outbox-empty = Aucun courriel n’a encore été envoyé.
outbox-sent-at = envoyé le
outbox-next-attempt = prochain essai
outbox-attempts = { $count ->
    [one] { $count } essai
   *[other] { $count } essais
}
nav-outbox = Boîte d’envoi

## Negotiations: the compilation text's own words
negotiation-compilation-title = Compilation des propositions sur { $revision }
negotiation-zero-draft = l'avant-projet
negotiation-proposed-by = Proposé par { $proposer }
negotiation-co-sponsors = coauteurs : { $states }
negotiation-late = tardive
negotiation-withdrawn = retirée
negotiation-delete = supprimer le paragraphe
negotiation-move-after = déplacer après le paragraphe { $label }
negotiation-move-first = déplacer au début
negotiation-add-after = ajouter un paragraphe après celui-ci
negotiation-comment = commentaire
stance-support = Appui
stance-oppose = Opposition
stance-can_live_with = Peut s'en accommoder
stance-reserve = Réserve

## Negotiations: pages
negotiations-title = Négociations
negotiations-intro = Textes finals en négociation : chaque révision avec les propositions des États et les positions prises.
negotiations-empty = Aucune négociation que vous puissiez lire.
negotiations-col-title = Texte
negotiations-col-process = Processus
negotiations-col-stage = Étape
negotiations-col-revision = Révision
negotiation-stage-open = ouverte aux propositions
negotiation-stage-silence = sous procédure d'accord tacite
negotiation-stage-adopted = adopté
negotiation-stage-closed = close
negotiation-deadline = Propositions jusqu'au
negotiation-proposals = Propositions affichées
negotiation-filter-paragraph = Paragraphe (place)
negotiation-filter-state = État (code ISO)
negotiation-filter-status = Statut
negotiation-status-standing = Maintenues (non retirées)
negotiation-status-late = Déposées en retard
negotiation-status-opposed = Auxquelles un État s’oppose
negotiation-status-unopposed = Auxquelles aucun État ne s’oppose
negotiation-status-withdrawn = Retirées
negotiation-status-all = Toutes, y compris les retirées
negotiation-filter-bad-status = Choisissez un statut dans la liste : maintenues, déposées en retard, contestées, non contestées, retirées ou toutes.
negotiation-filter-apply = Afficher
negotiation-download-docx = Télécharger la compilation en Word, avec suivi des modifications
negotiation-download-akn = Télécharger la compilation en Akoma Ntoso XML (la révision et chaque proposition sous forme d’amendement)

## Les formulaires de négociation : propositions, positions et silence des délégations, décisions du Président.
time-new-york = { $time }, heure de New York
negotiation-done-filed = Votre proposition est déposée. Elle figure ci-dessous, sous son paragraphe.
negotiation-done-position = Votre position est enregistrée.
negotiation-done-withdrawn = La proposition est retirée.
negotiation-done-broken = Le silence est rompu. Le Président voit votre motif.
negotiation-done-revised = La révision suivante est établie à partir des décisions ; les propositions sur celle-ci sont reçues dès maintenant.
negotiation-done-silence = Le texte est diffusé selon la procédure d'approbation tacite.
negotiation-done-adopted = Le texte est adopté.
negotiation-redraft-title = L’avant-projet de la présidence
negotiation-redraft-explain = Rien n’a encore été proposé ni soumis sur l’avant-projet : la présidence peut le remplacer par le sien (fichier Word, Markdown ou texte). Le délai reste le même ; le registre garde trace du remplacement.
negotiation-redraft-submit = Remplacer l’avant-projet
negotiation-silence-title = Procédure d'approbation tacite
negotiation-silence-until = Ce texte est soumis à la procédure d'approbation tacite jusqu'au { $time }. Si aucun État ne rompt le silence d'ici là, il est adopté.
negotiation-break-reason = Pourquoi votre délégation rompt le silence
negotiation-break = Rompre le silence
negotiation-breaks = Silence rompu par
negotiation-acting-for = Vous agissez pour : { $state }.
negotiation-decide-link = Statuer sur les propositions et établir la révision suivante
negotiation-propose-link = Proposer une modification de ce paragraphe
negotiation-your-position = Votre position
negotiation-statement = Déclaration (facultative)
negotiation-record-position = Enregistrer la position
negotiation-withdraw = Retirer la proposition
negotiation-choose-kind = Choisissez ce qu'est le nouveau paragraphe : numéroté, un alinéa, non numéroté ou un titre.
negotiation-choose-action = Choisissez ce que fait la proposition : reformuler, ajouter après, supprimer, déplacer ou commenter.
negotiation-choose-stance = Choisissez une position : appui, opposition, acceptable ou réserve.
negotiation-propose-title = Proposer une modification
negotiation-propose-lead = Sur le paragraphe { $label } de { $revision }
negotiation-field-action = Ce que fait la proposition
negotiation-action-replace = Reformuler le paragraphe
negotiation-action-add_after = Ajouter un nouveau paragraphe après celui-ci
negotiation-action-delete = Supprimer le paragraphe
negotiation-action-move = Déplacer le paragraphe
negotiation-action-comment = Commenter, sans modifier le texte
negotiation-field-text = Le nouveau libellé, ou le nouveau paragraphe (dans la langue de négociation)
negotiation-field-kind = Le nouveau paragraphe est
negotiation-kind-numbered = un paragraphe numéroté
negotiation-kind-item = un alinéa
negotiation-kind-unnumbered = un paragraphe non numéroté
negotiation-kind-heading = un titre
negotiation-field-after = Le déplacer
negotiation-field-justification = Justification
negotiation-field-co-sponsors = Coauteurs (codes ISO séparés par des virgules)
negotiation-field-group = Au nom d'un groupe (facultatif)
negotiation-field-group-name = Nom du groupe
negotiation-field-group-members = Ses États (codes ISO, dont le vôtre)
negotiation-file = Déposer la proposition
negotiation-decide-title = Décisions du Président
negotiation-decide-lead = Une décision sur chaque proposition faite sur { $revision } établit { $next }.
negotiation-decide-none = Aucune proposition sur cette révision ne modifie le texte.
negotiation-paragraph = Paragraphe { $label }
negotiation-asks-replace = reformuler le paragraphe
negotiation-outcome-accept = Accepter
negotiation-outcome-merge = Fusionner, avec le libellé du Président
negotiation-outcome-set_aside = Écarter
negotiation-merge-text = Libellé du Président, pour une fusion
negotiation-decision-reason-label = Motif
negotiation-next-deadline = Propositions sur la révision suivante jusqu'au (heure de New York, facultatif)
negotiation-build = Établir { $next }
negotiation-silence-explain = Diffuser { $revision } selon la procédure d'approbation tacite : si aucun État ne rompt le silence avant l'échéance, le texte est alors adopté.
negotiation-silence-deadline = Silence jusqu'au (heure de New York)
negotiation-silence-start = Diffuser selon la procédure d'approbation tacite
negotiation-decision-missing = Paragraphe { $label } : choisissez accepter, fusionner ou écarter pour chaque proposition. Rien n'a été modifié.
negotiation-decision-reason = Paragraphe { $label } : indiquez le motif de la décision. Rien n'a été modifié.
negotiation-bad-time = Indiquez la date et l'heure de New York (par exemple le 14 mars 2026 à 18:00). Rien n'a été modifié.
refusal-proposal_no_paragraph = Non déposée : la révision en cours n'a pas de paragraphe à l'emplacement { $place }. Rien n'a été modifié.
refusal-proposal_no_text = Non déposée : la proposition n'a pas de texte ; rédigez le nouveau libellé. Rien n'a été modifié.
refusal-proposal_same_text = Non déposée : le nouveau libellé est déjà celui du paragraphe ; modifiez-le ou faites plutôt un commentaire. Rien n'a été modifié.
refusal-proposal_move_onto_itself = Non déposée : un paragraphe ne peut être déplacé après lui-même ; choisissez un autre emplacement. Rien n'a été modifié.
refusal-proposal_too_long = Non déposée : une justification ou une déclaration compte au plus { $max } caractères. Rien n'a été modifié.
refusal-proposal_withdrawn = Non enregistrée : la proposition a été retirée. Rien n'a été modifié.
refusal-proposal_sponsor_twice = Non déposée : { $state } est nommé deux fois parmi l'auteur et les coauteurs. Rien n'a été modifié.
refusal-proposal_bad_group = Non déposée : un groupe a besoin d'un nom et des États qui le composent, dont le vôtre. Rien n'a été modifié.
refusal-decision_unknown_proposal = Non établie : il n'y a pas de proposition { $proposal } sur cette révision. Rien n'a été modifié.
refusal-decision_twice = Non établie : la proposition { $proposal } fait l'objet de deux décisions. Rien n'a été modifié.
refusal-decision_missing = Non établie : { $count } propositions n'ont pas encore fait l'objet d'une décision ({ $proposals }). Rien n'a été modifié.
refusal-decision_conflict = Non établie : les propositions { $first } et { $second } modifient toutes deux le libellé du paragraphe { $place } ; fusionnez l'une avec le libellé voulu et écartez l'autre. Rien n'a été modifié.
refusal-decision_move_after_deleted = Non établie : la proposition { $proposal } déplace un paragraphe après celui de l'emplacement { $place }, que cette révision supprime. Rien n'a été modifié.
refusal-decision_move_cycle = Non établie : les déplacements décidés placent des paragraphes les uns après les autres en cercle ({ $proposals }) ; écartez-en un. Rien n'a été modifié.
refusal-decision_empty_merge = Non établie : le libellé fusionné de la proposition { $proposal } est vide. Rien n'a été modifié.
refusal-decision_on_comment = Non établie : un commentaire ({ $proposal }) ne modifie aucun texte et n'appelle pas de décision. Rien n'a été modifié.
refusal-not_adopted_yet = Non enregistrée : les explications de position et les dissociations sont enregistrées une fois le texte adopté. Rien n'a été modifié.
refusal-field-silence_reason = le motif de la rupture du silence
refusal-field-explanation = l'explication de position
refusal-field-input = la contribution écrite
refusal-field-organisation = l'organisation
negotiation-adopted-on = Adopté
negotiation-adopted-consensus = par consensus en séance
negotiation-adopted-silence = selon la procédure d'approbation tacite
negotiation-symbol = Cote du document
negotiation-compendium = Recueil des explications de position
negotiation-compendium-empty = Aucun État n'a enregistré d'explication de position.
negotiation-compendium-docx = Télécharger le recueil au format Word
negotiation-disassociates = Se dissocie des paragraphes { $paragraphs }
negotiation-disassociate-from = Votre délégation se dissocie de ces paragraphes (facultatif)
negotiation-explanation = Explication de position de votre délégation
negotiation-record-explanation = Enregistrer l'explication de position
negotiation-done-explained = Votre explication de position est enregistrée ; elle figure dans le recueil.
negotiation-adopt-title = Adoption
negotiation-adopt-explain = Adopter { $revision } par consensus en séance. Plus rien ne peut alors y être proposé ; les États peuvent enregistrer des explications de position.
negotiation-adopt = Adopter par consensus

# The adopted text in the document record, and where each paragraph came from
refusal-symbol_in_record = Non publié : { $symbol } figure déjà dans le registre des documents ; un texte adopté est publié sous une cote qui lui est propre. Rien n'a été modifié.
refusal-issued_already = Non publié : le texte adopté est déjà publié, sous la cote { $symbol }. Rien n'a été modifié.
refusal-issue_before_adoption = Non publié : un texte est publié sous sa cote une fois adopté. Rien n'a été modifié.
refusal-not_a_symbol = Non effectué : « { $given } » n'est pas une cote de document telle que A/AC.292/2026/CRP.1. Rien n'a été modifié.
refusal-field-symbol = la cote du document
negotiation-stakeholders-title = Parties prenantes accréditées auprès de cette négociation
negotiation-stakeholders-empty = Aucune partie prenante n'est encore accréditée.
negotiation-accredit-email = Le compte de la partie prenante (adresse électronique)
negotiation-accredit-organisation = L'organisation au nom de laquelle il s'exprime
negotiation-accredit-submit = Accréditer
negotiation-done-accredited = La partie prenante est accréditée : son compte peut lire cette négociation et soumettre des contributions écrites.
negotiation-inputs-heading = Contributions écrites des parties prenantes : une voix, pas un vote
negotiation-input-link = Soumettre une contribution écrite sur ce paragraphe
negotiation-input-title = Contribution écrite de { $organisation }
negotiation-input-lead = Votre contribution est présentée avec le paragraphe, à part des propositions des États, et n'est jamais comptée comme une position.
negotiation-input-text = Contribution écrite
negotiation-input-lang = La langue dans laquelle elle est rédigée
negotiation-input-bad-lang = Choisissez la langue dans laquelle la contribution est rédigée : l’une des six langues officielles.
negotiation-input-submit = Soumettre la contribution écrite
negotiation-done-input = Votre contribution écrite a été soumise.
negotiation-compare-link = Comparer cette révision avec la précédente
negotiation-compare-title = Comparer des révisions
negotiation-compare-from = Révision antérieure
negotiation-compare-to = Révision ultérieure
negotiation-compare-lead = { $later } comparée avec { $earlier }
negotiation-compare-docx = Télécharger la comparaison au format Word, avec suivi des modifications
negotiation-compare-moved-from = Déplacé depuis le paragraphe { $place }
negotiation-compare-no-revision = Cette négociation n’a pas de révision « { $asked } » : choisissez-en une entre { $first } et { $last }.
negotiation-lineage-link = D'où vient chaque paragraphe
negotiation-lineage-title = D'où vient chaque paragraphe
negotiation-lineage-lead = Chaque paragraphe de { $revision } : s'il figurait dans l'avant-projet ou quelle proposition l'a ajouté, et chaque proposition qui y a été reprise, avec la décision du Président et sa raison.
negotiation-lineage-issued = Publié dans le registre des documents sous la cote
negotiation-lineage-not-issued = Pas encore dans le registre des documents : le texte y entre une fois adopté et publié sous sa cote.
negotiation-lineage-since-zero = Dans l'avant-projet
negotiation-lineage-since = Ajouté dans { $revision }
negotiation-lineage-step-replace = { $revision } : reformulé sur proposition de { $proposer }
negotiation-lineage-step-add_after = { $revision } : ajouté sur proposition de { $proposer }
negotiation-lineage-step-move = { $revision } : déplacé sur proposition de { $proposer }
negotiation-lineage-step-delete = { $revision } : suppression proposée par { $proposer }
negotiation-lineage-step-comment = { $revision } : commentaire de { $proposer }
negotiation-lineage-outcome-accept = repris tel que proposé
negotiation-lineage-outcome-merge = fusionné dans le libellé du Président
negotiation-lineage-record = dans le registre, paragraphe
negotiation-issue-link = Publier le texte adopté sous sa cote
negotiation-issue-title = Publier le texte adopté
negotiation-issue-explain = Le texte adopté entre dans le registre des documents sous sa cote, et chaque paragraphe garde son historique jusqu'à l'avant-projet.
negotiation-issue = Publier sous cette cote
negotiation-done-issued = Le texte adopté figure dans le registre des documents sous sa cote.
document-negotiated = Négocié dans Comity : d'où vient chaque paragraphe

## Ouvrir une négociation
nav-negotiations = Négociations
negotiation-open-title = Ouvrir une négociation
negotiation-open-intro = L’avant-projet ouvre la négociation : téléversez-le en fichier Word, Markdown ou texte, ou rédigez-le ci-dessous. Les paragraphes numérotés (1., 2.), les intertitres (I., A.) et les alinéas ((a), (b)) donnent la structure du texte, et chaque paragraphe garde sa place d’une révision à l’autre.
negotiation-open-name = Nom court (lettres, chiffres et traits d’union, par exemple gm-2026-apr)
negotiation-open-title-field = Titre
negotiation-open-process = Processus (par exemple Mécanisme mondial, deuxième session plénière de fond)
negotiation-open-lang = Langue de négociation
negotiation-open-readers = Qui lit les projets
negotiation-readers-states = Les États Membres
negotiation-readers-stakeholders = Les États Membres et les parties prenantes inscrites
negotiation-readers-public = Tout le monde (public)
negotiation-open-chair = La présidence (l’adresse électronique de son compte)
negotiation-open-support = Équipe d’appui (adresses électroniques de leurs comptes, séparées par des virgules ; facultatif)
negotiation-open-deadline = Propositions sur l’avant-projet jusqu’au (heure de New York ; facultatif)
negotiation-open-file = L’avant-projet en fichier (.docx, .md ou .txt)
negotiation-open-text = Ou l’avant-projet rédigé ici
negotiation-open-text-name = Le texte rédigé dans la zone
negotiation-open-submit = Ouvrir la négociation
negotiation-open-unreadable = Non ouverte : le formulaire n’a pas pu être lu ({ $reason }). Rien n’a été modifié.
negotiation-open-bad-name = Non ouverte : le nom court se compose de lettres, de chiffres et de traits d’union, 64 au plus (par exemple gm-2026-apr), et n’est pas « new ». Rien n’a été modifié.
negotiation-open-no-title = Non ouverte : une négociation a besoin d’un titre. Rien n’a été modifié.
negotiation-open-no-chair = Non ouverte : indiquez la présidence par l’adresse électronique de son compte. Rien n’a été modifié.
negotiation-open-bad-choice = Non ouverte : choisissez dans les listes la langue de négociation et qui lit les projets. Rien n’a été modifié.
negotiation-open-no-draft = Téléversez l’avant-projet ou rédigez-le dans la zone. Rien n’a été modifié.
negotiation-open-two-drafts = Téléversez l’avant-projet ou rédigez-le dans la zone, pas les deux. Rien n’a été modifié.
negotiation-draft-legacy-doc = { $file } est un fichier .doc de Word 97-2003. Ouvrez-le dans Word ou LibreOffice, enregistrez-le en .docx et envoyez-le à nouveau. Rien n’a été modifié.
negotiation-draft-not-docx = { $file } n’est pas un fichier Word (.docx) lisible. Enregistrez-le en .docx, Markdown ou texte et envoyez-le à nouveau. Rien n’a été modifié.
negotiation-draft-bad-xml = { $file } est endommagé ({ $part }, ligne { $line }, colonne { $column }). Enregistrez-le à nouveau depuis Word et envoyez-le. Rien n’a été modifié.
negotiation-draft-too-large = Une fois décompressé, { $file } est plus volumineux ou plus imbriqué qu’un fichier Word ne l’est jamais. Rien n’a été modifié.
negotiation-draft-not-utf8 = { $file } n’est pas un texte UTF-8 (à partir de l’octet { $byte }). Enregistrez-le en texte UTF-8, Markdown ou Word. Rien n’a été modifié.
negotiation-draft-empty = { $file } ne contient aucun texte. Rien n’a été modifié.
negotiation-draft-item-first = { $file }, ligne { $line } : un alinéa précède tout paragraphe numéroté auquel il pourrait appartenir. Rien n’a été modifié.
negotiation-draft-control = { $file }, ligne { $line } : un caractère de commande (U+{ $code }) ne peut pas figurer dans un texte de négociation. Rien n’a été modifié.
negotiation-draft-too-long = { $file } compte { $count } paragraphes ; au-delà de { $max }, ce n’est pas un texte de négociation. Rien n’a été modifié.
negotiation-done-opened = La négociation est ouverte sur son avant-projet ; les négociateurs des États peuvent désormais y faire des propositions.
negotiation-done-redrafted = L’avant-projet est désormais celui de la présidence ; les négociateurs des États y font leurs propositions.
