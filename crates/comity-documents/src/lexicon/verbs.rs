//! The verbs that open preambular and operative paragraphs in each language, each with one
//! language-neutral key, and the modifiers around them ("Also", "Further", ...).

use comity_i18n::Lang;

/// The verb tables, per language: (key, lower-cased form), longest forms first.
struct VerbTable {
    preambular: Vec<Vec<(&'static str, String)>>,
    operative: Vec<Vec<(&'static str, String)>>,
}

fn verb_table() -> &'static VerbTable {
    static TABLE: std::sync::OnceLock<VerbTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let build = |source: &'static str| {
            let mut per_lang: Vec<Vec<(&'static str, String)>> = vec![Vec::new(); 6];
            for row in source.lines().filter(|l| !l.trim().is_empty()) {
                let cols: Vec<&'static str> = row.split('|').map(str::trim).collect();
                for lang in Lang::ALL {
                    let column = match lang {
                        Lang::En => 1,
                        Lang::Fr => 2,
                        Lang::Es => 3,
                        Lang::Ru => 4,
                        Lang::Ar => 5,
                        Lang::Zh => 6,
                    };
                    if let Some(cell) = cols.get(column) {
                        for form in cell.split(';').map(str::trim).filter(|f| !f.is_empty()) {
                            per_lang[lang.index()].push((cols[0], form.to_lowercase()));
                        }
                    }
                }
            }
            for forms in &mut per_lang {
                forms.sort_by_key(|(_, f)| std::cmp::Reverse(f.len()));
            }
            per_lang
        };
        VerbTable { preambular: build(PREAMBULAR), operative: build(OPERATIVE) }
    })
}

/// Whether a paragraph opens with a verb, and which: (verb as written, key, bytes used).
pub(crate) fn opening_verb(lang: Lang, text: &str, operative: bool) -> Option<(String, String, usize)> {
    let table = verb_table();
    let forms = if operative { &table.operative[lang.index()] } else { &table.preambular[lang.index()] };
    // Verbs stand at the start: only the first few words need comparing. Lower-casing keeps
    // byte lengths for the scripts concerned here, so offsets map back onto `text`.
    let head_end = text.char_indices().nth(60).map(|(i, _)| i).unwrap_or(text.len());
    let lower = text[..head_end].to_lowercase();
    if lower.len() != head_end {
        return None;
    }
    let (prefix_mod, body, body_offset) = leading_modifier(lang, &lower);
    let (key, form) =
        forms.iter().find(|(_, form)| body.starts_with(form.as_str()) && boundary(lang, &body[form.len()..]))?;
    let mut used = body_offset + form.len();
    let mut key = key.to_string();
    if let Some(m) = prefix_mod {
        key = format!("{key}_{m}");
    } else if let Some((m, extra)) = trailing_modifier(lang, &lower[used..]) {
        key = format!("{key}_{m}");
        used += extra;
    }
    Some((text[..used].to_string(), key, used))
}

fn boundary(lang: Lang, rest: &str) -> bool {
    lang == Lang::Zh || rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())
}

fn leading_modifier(lang: Lang, lower: &str) -> (Option<&'static str>, &str, usize) {
    let mods: &[(&str, &str)] = match lang {
        Lang::En => &[("also ", "also"), ("further ", "further"), ("again ", "again")],
        Lang::Zh => &[("又", "also"), ("还", "also"), ("并", "further"), ("再次", "again"), ("另外", "further")],
        Lang::Ar => &[("وإذ ", ""), ("و", "")],
        _ => &[],
    };
    for (m, key) in mods {
        if let Some(rest) = lower.strip_prefix(m) {
            let key: Option<&'static str> = if key.is_empty() { None } else { Some(key) };
            return (key, rest, m.len());
        }
    }
    (None, lower, 0)
}

fn trailing_modifier(lang: Lang, rest: &str) -> Option<(&'static str, usize)> {
    let mods: &[(&str, &str)] = match lang {
        Lang::En => &[(" also", "also"), (" further", "further"), (" again", "again")],
        Lang::Fr => &[(" également", "also"), (" aussi", "also"), (" en outre", "further"), (" de nouveau", "again")],
        Lang::Es => &[(" también", "also"), (" además", "further"), (" asimismo", "also"), (" nuevamente", "again")],
        Lang::Ru => &[(" также", "also"), (" далее", "further"), (" вновь", "again")],
        Lang::Ar => &[(" أيضا", "also"), (" كذلك", "also")],
        Lang::Zh => &[],
    };
    mods.iter().find(|(m, _)| rest.starts_with(m) && boundary(lang, &rest[m.len()..])).map(|(m, key)| (*key, m.len()))
}

// key | en | fr | es | ru | ar | zh  (forms separated by ';', longest match wins)
const PREAMBULAR: &str = "
recalling | Recalling | Rappelant | Recordando | Ссылаясь на; Напоминая | إذ تشير إلى; تشير إلى; إذ تستذكر | 回顾
reaffirming | Reaffirming | Réaffirmant | Reafirmando | Вновь подтверждая; Подтверждая вновь | إذ تعيد تأكيد; تعيد تأكيد | 重申
noting | Noting | Notant | Observando; Señalando | Отмечая | إذ تلاحظ; تلاحظ | 注意到
taking_note | Taking note | Prenant note | Tomando nota | Принимая к сведению | إذ تحيط علما | 表示注意到
noting_with_appreciation | Noting with appreciation | Notant avec satisfaction | Observando con reconocimiento | С удовлетворением отмечая; Отмечая с удовлетворением | إذ تلاحظ مع التقدير | 赞赏地注意到
welcoming | Welcoming | Se félicitant; Accueillant avec satisfaction | Acogiendo con beneplácito; Acogiendo con satisfacción | Приветствуя | إذ ترحب; ترحب | 欢迎
expressing_concern | Expressing concern; Expressing its concern; Expressing deep concern; Concerned | Constatant avec préoccupation; Se déclarant préoccupée; Préoccupée | Expresando preocupación; Expresando su preocupación; Preocupada | Выражая озабоченность; Выражая обеспокоенность; Будучи обеспокоена | إذ تعرب عن القلق; إذ تعرب عن قلقها; وإذ يساورها القلق | 表示关切; 关切
emphasizing | Emphasizing; Emphasising | Soulignant | Destacando; Poniendo de relieve | Подчеркивая | إذ تشدد على; إذ تشدد | 强调指出; 强调
stressing | Stressing | Insistant sur; Insistant | Subrayando | Особо отмечая | إذ تؤكد | 着重指出
underlining | Underlining | Mettant l'accent sur; Soulignant en outre | Recalcando | Особо подчеркивая | إذ تبرز | 突出强调
considering | Considering | Considérant | Considerando | Считая; Учитывая, что | إذ ترى; إذ تعتبر | 认为
recognizing | Recognizing; Recognising | Reconnaissant; Consciente | Reconociendo | Признавая | إذ تسلم; إذ تعترف; إذ تدرك | 确认; 认识到
convinced | Convinced | Convaincue | Convencida | Будучи убеждена; Выражая убежденность | واقتناعا منها; اقتناعا منها | 深信
guided_by | Guided by | Guidée par | Guiada por | Руководствуясь | إذ تسترشد | 遵循
bearing_in_mind | Bearing in mind | Ayant à l'esprit; Consciente | Teniendo presente; Teniendo en cuenta | Учитывая; Памятуя | إذ تضع في اعتبارها | 铭记
mindful | Mindful | Sachant | Consciente | Сознавая | إذ تدرك | 意识到
acknowledging | Acknowledging | Prenant acte | Reconociendo | Признавая | إذ تقر | 承认
affirming | Affirming | Affirmant | Afirmando | Подтверждая | إذ تؤكد مجددا | 申明
deeply_concerned | Deeply concerned | Profondément préoccupée | Profundamente preocupada | Будучи глубоко обеспокоена | إذ يساورها بالغ القلق | 深为关切
having_considered | Having considered | Ayant examiné | Habiendo examinado | Рассмотрев | وقد نظرت في; وقد نظرت | 审议了
noting_with_concern | Noting with concern | Notant avec préoccupation | Observando con preocupación | С обеспокоенностью отмечая | إذ تلاحظ مع القلق | 关切地注意到
concerned | Concerned | Préoccupée | Preocupada | Будучи обеспокоена | وإذ يساورها القلق | 关切
determined | Determined | Déterminée; Résolue | Decidida; Resuelta | Преисполненная решимости | وتصميما منها | 决心
conscious | Conscious; Aware | Consciente | Consciente | Сознавая | وإذ تدرك; إذ تدرك | 意识到
reiterating | Reiterating | Réitérant | Reiterando | Вновь заявляя | وإذ تكرر; إذ تكرر | 重申
taking_into_account | Taking into account | Tenant compte | Teniendo en cuenta | Принимая во внимание | وإذ تأخذ في الاعتبار | 考虑到
highlighting | Highlighting | Mettant en évidence | Poniendo de relieve | Особо отмечая | وإذ تسلط الضوء | 着重指出
";

const OPERATIVE: &str = "
calls_upon | Calls upon; Calls on | Demande; Engage | Exhorta; Pide | Призывает | تهيب | 促请; 吁请
urges | Urges | Prie instamment; Exhorte | Insta | Настоятельно призывает | تحث | 敦促
decides | Decides | Décide | Decide | Постановляет; Принимает решение | تقرر | 决定
requests | Requests | Prie | Solicita | Просит | تطلب | 请
invites | Invites | Invite | Invita | Предлагает | تدعو | 邀请
welcomes | Welcomes | Se félicite; Accueille avec satisfaction | Acoge con beneplácito; Acoge con satisfacción | Приветствует | ترحب | 欢迎
encourages | Encourages | Encourage | Alienta | Рекомендует; Призывает также | تشجع | 鼓励
supports | Supports | Soutient; Appuie | Apoya | Поддерживает | تؤيد; تدعم | 支持
notes_with_appreciation | Notes with appreciation; Appreciates | Note avec satisfaction; Salue | Observa con aprecio; Aprecia | С удовлетворением отмечает; Высоко оценивает | تلاحظ مع التقدير; تقدر | 赞赏地注意到; 赞赏
emphasizes | Emphasizes; Emphasises | Souligne | Destaca; Pone de relieve | Подчеркивает | تشدد على; تشدد | 强调
stresses | Stresses; Underlines | Insiste; Met l'accent | Subraya; Recalca | Особо отмечает; Особо подчеркивает | تؤكد | 着重指出; 强调指出
reaffirms | Reaffirms | Réaffirme | Reafirma | Вновь подтверждает | تعيد تأكيد | 重申
recognizes | Recognizes; Recognises | Reconnaît | Reconoce | Признает | تسلم; تعترف | 确认; 认识到
takes_note | Takes note | Prend note | Toma nota | Принимает к сведению | تحيط علما | 表示注意到
notes | Notes | Note; Constate | Observa; Señala | Отмечает | تلاحظ | 注意到
expresses_concern | Expresses concern; Expresses its concern; Expresses deep concern | Se déclare préoccupée; Exprime sa préoccupation | Expresa preocupación; Expresa su preocupación | Выражает озабоченность; Выражает обеспокоенность | تعرب عن القلق; تعرب عن قلقها | 表示关切
affirms | Affirms | Affirme | Afirma | Подтверждает | تؤكد مجددا | 申明
endorses | Endorses | Fait sien; Approuve | Hace suyo; Hace suyas | Одобряет | تؤيد | 赞同; 核可
condemns | Condemns | Condamne | Condena | Осуждает | تدين | 谴责
expresses_appreciation | Expresses its appreciation; Expresses appreciation | Remercie; Exprime sa gratitude | Expresa su reconocimiento | Выражает признательность | تعرب عن تقديرها | 表示赞赏
approves | Approves | Approuve | Aprueba | Утверждает | توافق على | 核准
authorizes | Authorizes; Authorises | Autorise | Autoriza | Уполномочивает | تأذن | 授权
reiterates | Reiterates | Réitère | Reitera | Вновь заявляет | تكرر | 重申
adopts | Adopts | Adopte | Aprueba | Принимает | تعتمد | 通过
expresses_gratitude | Expresses its profound gratitude; Expresses its gratitude | Exprime sa profonde gratitude; Exprime sa gratitude | Expresa su profundo agradecimiento; Expresa su agradecimiento | Выражает глубокую признательность; Выражает признательность | تعرب عن امتنانها العميق; تعرب عن امتنانها | 深为感谢; 感谢
commends | Commends | Félicite; Salue | Encomia | Высоко оценивает | تثني على | 赞扬
underscores | Underscores | Souligne | Subraya | Подчеркивает | تؤكد | 强调
demands | Demands | Exige | Exige | Требует | تطالب | 要求
appeals | Appeals | Lance un appel | Hace un llamamiento | Обращается с призывом | تناشد | 呼吁
deplores | Deplores | Déplore | Deplora | Выражает сожаление | تشجب | 痛惜
recommends | Recommends | Recommande | Recomienda | Рекомендует | توصي | 建议
";
