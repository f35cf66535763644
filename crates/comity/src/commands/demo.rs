//! `comity demo`: a fresh embedded database with the demo data, served at once.

mod exchanges;
mod negotiation;
mod record;

use std::time::Instant;

use comity_store::{DatabaseUrl, Store};

use super::serve::{bind, serve};
use super::{Access, open};
use crate::settings::Settings;

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    let started = Instant::now();
    let dir = settings.data_dir.join("demo");
    // Fresh each time: the demo never carries state over from an earlier run.
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| anyhow::anyhow!("cannot clear the demo database in {}: {e}", dir.display()))?;
    }
    let demo = Settings {
        database_url: DatabaseUrl::embedded(&dir),
        embedded: true,
        bind: settings.bind,
        data_dir: dir.clone(),
        reference_dir: settings.reference_dir.clone(),
        log_format: settings.log_format,
        log_level: settings.log_level.clone(),
        mail: settings.mail.clone(),
        public_url: settings.public_url.clone(),
        rate_limits: settings.rate_limits,
        ods_url: settings.ods_url.clone(),
        metrics_token: settings.metrics_token.clone(),
        // The demo's database is thrown away each run: nothing to back up.
        backups: None,
    };
    let listener = bind(demo.bind).await?;
    let addr = listener.local_addr()?;
    // Without a relay of the operator's, mail goes to a mailbox of the demo's own on loopback,
    // and the Secretariat's outbox page shows it whole: check rounds, invitations and resets
    // work end to end.
    let (mail, mailbox) = match &settings.mail {
        Some(mail) => (mail.clone(), None),
        None => {
            let (relay, inbox) = comity_mail::sink::start().await?;
            let mailer = comity_mail::Mailer::new(&relay, "Comity demo <comity@demo.invalid>", None)?;
            let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://{addr}"));
            let node = uuid::Uuid::now_v7().to_string();
            (comity_jobs::Mail { mailer, public_url, node, own_mailbox: true }, Some((relay, inbox)))
        }
    };
    let demo = Settings { mail: Some(mail), ..demo };
    let (store, _) = open(&demo, Access::Prepare).await?;
    record::ingest(&store).await?;
    let (password, ids) = demo_accounts(&store).await?;
    demo_cycle(&store).await?;
    demo_contacts(&store).await?;
    let mail = demo.mail.as_ref().expect("the demo always has mail");
    let messages = comity_i18n::Messages::load().map_err(anyhow::Error::msg)?;
    exchanges::messages(&store, mail, &messages, &ids[2], &ids[3]).await?;
    exchanges::finished_check_round(&store, mail, &messages).await?;
    negotiation::negotiation(&store, &ids).await?;
    let port = addr.port();
    let accounts: String =
        DEMO_ACCOUNTS.iter().map(|(email, _, roles)| format!("\n  {email}  ({})", roles.join(", "))).collect();
    let announce = format!(
        "Comity demo: http://{addr}/  (English: http://{addr}/en/, 中文: http://{addr}/zh/, العربية: http://{addr}/ar/)\n\
         Fresh database in {}. Press Ctrl-C to stop.\n\
         Sign in at http://{addr}/en/sign-in with the password {password} as:{accounts}\n\
         The first sign-in sets up the second factor: add the key shown to an authenticator app (RFC 6238) and enter its code.\n\
         Passkeys are bound to a host name: to add or use one, open http://localhost:{port}/ rather than the address above.{}",
        dir.display(),
        match &mailbox {
            Some((relay, _)) => format!(
                "\nMail goes to the demo's own mailbox ({relay}): read it at http://{addr}/en/outbox as the Secretariat user."
            ),
            None => String::new(),
        }
    );
    let key = super::audit::signing_key(&demo)?;
    serve(store, demo.mail.clone(), key, settings, listener, started, Some(announce)).await
}

/// The demo's people: one Secretariat user (the demo negotiation's Chair), two States' focal
/// points, a technical Point of Contact of China (whose State is in the directory), and an NGO
/// accredited to the demo negotiation (an account with no role); each State's user is its
/// negotiator too, as the demo's proposals are filed in their names.
const DEMO_ACCOUNTS: [(&str, &str, &[&str]); 5] = [
    (
        "secretariat@demo.invalid",
        "Sam Secretariat",
        &["SECRETARIAT:admin", "SECRETARIAT:report_editor", "SECRETARIAT:directory_manager"],
    ),
    (
        "focal.point@france.demo.invalid",
        "Camille Point Focal",
        &["FRA:focal_point", "FRA:drafter", "FRA:approver", "FRA:negotiator"],
    ),
    (
        "focal.point@kenya.demo.invalid",
        "Wanjiru Focal Point",
        &["KEN:focal_point", "KEN:poc_technical", "KEN:negotiator"],
    ),
    ("poc@china.demo.invalid", "Li Technical Contact", &["CHN:poc_technical", "CHN:negotiator"]),
    ("voices@ngo.demo.invalid", "Ada Stakeholder", &[]),
];

/// Creates the demo accounts with one fresh password (printed: the demo is for trying out);
/// their ids in the order of [`DEMO_ACCOUNTS`].
async fn demo_accounts(store: &Store) -> anyhow::Result<(String, Vec<String>)> {
    let password = comity_access::secrets::new_secret("demo-")
        .map_err(|e| anyhow::anyhow!("no randomness: {e}"))?
        .chars()
        .take(17)
        .collect::<String>();
    let hash = comity_access::password::hash(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut ids = Vec::new();
    for (email, name, roles) in DEMO_ACCOUNTS {
        let memberships = roles
            .iter()
            .map(|r| {
                let (org, role) = r.split_once(':').expect("demo roles are ORG:ROLE");
                Ok(comity_access::Membership {
                    org: comity_access::OrgRef::from_code(org),
                    role: role.parse().map_err(|e: String| anyhow::anyhow!(e))?,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let account = comity_store::NewAccount {
            email: email.into(),
            name: name.into(),
            lang: "en".into(),
            password_hash: Some(hash.clone()),
            memberships,
        };
        ids.push(store.create_account(&account, &comity_store::Actor::cli()).await?);
    }
    Ok((password, ids))
}

/// Three verified Points of Contact (fictional), so that the directory has entries.
async fn demo_contacts(store: &Store) -> anyhow::Result<()> {
    let csv = format!(
        "{}\n\
         KEN,technical,Wanjiru Kamau,Head of incident response,National KE-CIRT/CC (demo),incidents@ke-cirt.demo.invalid,+254 20 000 0000,en;sw,24/7,Africa/Nairobi,\n\
         FRA,diplomatic,Jeanne Martin,Conseillère cyber,Ministère (démo),cyber@diplomatie.demo.invalid,,fr;en,09:00-18:00 lun.-ven.,Europe/Paris,\n\
         CHN,technical,李伟,工程师,国家互联网应急中心（演示）,cert@cncert.demo.invalid,+86 10 0000 0000,zh;en,24/7,Asia/Shanghai,\n",
        comity_contacts::CSV_COLUMNS.join(",")
    );
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new())?;
    let (rows, problems) = comity_contacts::read_csv(csv.as_bytes(), &states).map_err(|p| anyhow::anyhow!("{p}"))?;
    if let Some(p) = problems.first() {
        anyhow::bail!("demo contacts: {p}");
    }
    store.import_nominations(&rows, true, "demo", &comity_store::Actor::cli()).await?;
    Ok(())
}

/// An open reporting cycle for the demo States to reply to (the questions in our own words).
async fn demo_cycle(store: &Store) -> anyhow::Result<()> {
    let texts = |pairs: [(&str, &str); 6]| pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect();
    let cycle = comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 82,
        questions: vec![
            comity_reporting::Question {
                label: "(a)".into(),
                texts: texts([
                    (
                        "en",
                        "What your Government does to strengthen the security of ICTs and to cooperate internationally",
                    ),
                    (
                        "fr",
                        "Ce que fait votre gouvernement pour renforcer la sécurité du numérique et coopérer à l'échelle internationale",
                    ),
                    (
                        "es",
                        "Lo que hace su Gobierno para reforzar la seguridad de las TIC y cooperar a nivel internacional",
                    ),
                    (
                        "ru",
                        "Что делает ваше правительство для укрепления безопасности ИКТ и международного сотрудничества",
                    ),
                    ("ar", "ما تقوم به حكومتكم لتعزيز أمن تكنولوجيا المعلومات والاتصالات والتعاون الدولي"),
                    ("zh", "贵国政府为加强信息和通信技术安全及开展国际合作所做的工作"),
                ]),
            },
            comity_reporting::Question {
                label: "(b)".into(),
                texts: texts([
                    ("en", "Your views on the framework of responsible State behaviour"),
                    ("fr", "Vos vues sur le cadre de comportement responsable des États"),
                    ("es", "Sus opiniones sobre el marco de comportamiento responsable de los Estados"),
                    ("ru", "Ваши мнения о рамочной основе ответственного поведения государств"),
                    ("ar", "آراؤكم بشأن إطار سلوك الدول المسؤول"),
                    ("zh", "贵国对负责任国家行为框架的看法"),
                ]),
            },
        ],
        note_verbale: "DEMO/2027-001".into(),
        note_verbale_date: "2027-02-01".into(),
        deadline: "2099-05-31".into(),
    };
    let id = store.create_cycle(&cycle, &comity_store::Actor::cli()).await?;
    // Four published replies (fictional, our own words) in four languages, with a structured
    // part, so that the public pages have something to show.
    // (State, original language, answers by key)
    type Reply<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let replies: [Reply; 4] = [
        (
            "KEN",
            "en",
            &[
                (
                    "(a)",
                    "Kenya updated its national cybersecurity strategy and its computer incident response team works with regional teams.\n\n1. A law designates critical information infrastructure.\n2. Operators report incidents within 24 hours.",
                ),
                ("survey/norm-g/status", "implemented"),
                ("survey/norm-g/measures", "legislation,institution"),
                ("element/norm-g", "Critical information infrastructure is designated by law and audited yearly."),
                ("survey/pillar-capacity-building/needs", "- Training for incident handlers\n- Forensic laboratories"),
            ],
        ),
        (
            "CHN",
            "zh",
            &[
                ("(a)", "中国不断完善网络安全法律制度，积极开展国际合作。"),
                ("survey/norm-g/status", "partly"),
                ("survey/norm-g/measures", "legislation,policy"),
                ("element/norm-g", "关键信息基础设施安全保护条例已经施行。"),
                ("survey/norm-h/status", "implemented"),
            ],
        ),
        (
            "JOR",
            "ar",
            &[
                ("(a)", "اعتمدت الحكومة استراتيجية وطنية للأمن السيبراني وأنشأت مركزاً وطنياً للاستجابة للحوادث."),
                ("(b)", "ترى الحكومة أن الإطار يشكل أساساً متيناً للتعاون بين الدول."),
                ("survey/norm-c/status", "implemented"),
            ],
        ),
        (
            "CHL",
            "es",
            &[
                (
                    "(a)",
                    "Chile aprobó una ley marco de ciberseguridad y creó una agencia nacional encargada de aplicarla.",
                ),
                (
                    "survey/pillar-capacity-building/needs",
                    "- Formación de equipos de respuesta\n- Intercambio de buenas prácticas",
                ),
            ],
        ),
    ];
    let actor = comity_store::Actor::cli();
    for (state, lang, answers) in replies {
        let answers = answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        store.save_reply(&id, state, lang, &answers, 0, &actor).await?;
        store.reply_action(&id, state, comity_reporting::Action::Submit, &actor).await?;
        store.reply_action(&id, state, comity_reporting::Action::Publish, &actor).await?;
    }
    Ok(())
}
