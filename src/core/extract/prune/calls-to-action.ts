/**
 * A registration or subscription wall's prompt, in the languages the multilingual benchmark's sites write: "Kostenlos
 * registrieren und direkt weiterlesen." (NZZ), "Jetzt abonnieren und weiterlesen", "Melden Sie sich an, um
 * weiterzulesen", "Inscrivez-vous gratuitement pour continuer à lire", "Regístrate gratis para seguir leyendo",
 * "Registrati per continuare a leggere", "Registreer je gratis om verder te lezen", "Sign in to continue reading".
 * The imperative and what it buys: a story's "readers must register to read the archive" has neither. Such a line
 * takes the box it heads with it: the pitch and the list of benefits under it (see `wallBox`).
 */
const WALL = vocabulary(
  new RegExp(
    [
      String.raw`\b(?:registrieren|abonnieren|anmelden|einloggen)\s+(?:und|&)\s+(?:\S+\s+){0,2}weiterlesen\b`,
      String.raw`^(?:jetzt\s+|bitte\s+)?(?:melden\s+sie\s+sich|registrieren\s+sie\s+sich|loggen\s+sie\s+sich)\b.{0,40}\bum\s+(?:\S+\s+){0,3}(?:weiterzulesen|zu\s+lesen)\b`,
      String.raw`^(?:inscrivez-vous|abonnez-vous|connectez-vous|identifiez-vous|créez\s+(?:votre|un)\s+compte)\b.{0,40}\bpour\s+(?:continuer|poursuivre|lire\s+la\s+suite|accéder)`,
      String.raw`^(?:reg[ií]strate|suscr[ií]bete|inicia\s+sesi[oó]n)\b.{0,40}\bpara\s+(?:seguir|continuar)\s+leyendo\b`,
      String.raw`^(?:registrati|abbonati|accedi)\b.{0,40}\bper\s+continuare\s+a\s+leggere\b`,
      String.raw`^(?:registreer|abonneer|log\s+in)\b.{0,40}\bom\s+(?:verder\s+te\s+lezen|(?:dit|het)\s+(?:artikel|verhaal)\s+te\s+lezen)\b`,
      String.raw`^(?:register|subscribe|sign\s+in|log\s+in|create\s+(?:a\s+)?(?:free\s+)?account)\b.{0,40}\bto\s+(?:continue|keep)\s+reading\b`,
    ].join('|'),
    // Not 'u': a Unicode case-insensitive pattern costs Firefox a compile on every page (see related.ts).
    'i',
  ),
);

/**
 * Newsletter and subscription boxes, share bars, "follow us" lines, app promotions, comment prompts and
 * cookie notices that sit inside the article container. NBC ("Breaking News Emails … SUBSCRIBE"), NJ.com
 * ("Subscribe to NJ.com's newsletters"), Fox ("CLICK HERE TO GET THE FOX NEWS APP"), RT ("Like this
 * story? Share it with a friend!"), National Review ("If you enjoyed this article … Join NRPLUS") and
 * blogs ("This post may contain affiliate links") all put them between or after the paragraphs; magazines add
 * metered-paywall and registration boxes, donation asks and "Article continues below" markers (development corpus).
 * German, French and Spanish newsletter boxes read the same way; paywall meters, comment-moderation notices and the
 * feedback widget ("Was this page helpful?") are read in the other European languages too.
 * Only short blocks go: a long paragraph that mentions a newsletter is prose.
 */
import {
  alive,
  classAndId,
  closesStory,
  firstLeafBlocks,
  isProseBlock,
  leafBlocks,
  linkDensity,
  remove,
  textOf,
  tooBig,
  wordCount,
  wordsOfNames,
  type PruneContext,
} from './util.js';
import { isControlLine } from './control-lines.js';
import { splitAlternation, vocabulary } from './split-alternation.js';

const PROMPT = splitAlternation(
  [
    String.raw`\b(?:sign\s*up|subscribe|subscription|subscriber)\b.{0,80}\b(?:newsletter|email|inbox|today|here|magazine|channel|free|youtube|updates)`,
    String.raw`\bnewsletters?\b.{0,60}\b(?:sign|subscribe|inbox|deliver|free|exclusive)`,
    String.raw`\b(?:delivered|straight|right)\s+(?:to|in(?:to)?)\s+your\s+inbox\b`,
    // "cron.weekly is a newsletter about Linux… Want to get it in your inbox every Sunday? Subscribe below!"
    String.raw`\b(?:get|receive|have)\s+(?:it|them|this|one)\s+(?:in|into|to)\s+your\s+inbox\b|\bsubscribe\s+below\b`,
    // "Follow topics and authors from this story to see more like this in your personalized homepage feed and to
    // receive email updates."
    String.raw`^follow\b.{0,80}\bto\s+(?:see|get|receive)\s+(?:more|email\s+updates|updates|notifications|alerts)\b`,
    String.raw`\b(?:get|download)\s+the\s+.{1,30}\s+app\b`,
    String.raw`^(?:follow|join)\s+(?:us|our|\S+\s+on)\b`,
    // "PS: Sind Sie bei Facebook? Werden Sie Fan von BILD.de-News!", "Folgen Sie uns auf Twitter", "Suivez-nous sur …"
    String.raw`\b(?:werden\s+sie\s+fan|folgen\s+sie\s+uns|suivez-nous|síguenos|seguici|volg\s+ons|obserwuj\s+nas)\b`,
    // A line sending the reader to a link: "Klikk her for mer informasjon og påmelding", "Klicken Sie hier, um …".
    // (Ended by a space or a stop, not \b: "aquí" ends in a letter \b does not count as one.)
    String.raw`^(?:bitte\s+)?(?:klikk|klik|klicken\s+sie|cliquez|haga\s+clic|haz\s+clic|clique|clicca|kliknij|klicka)\s+(?:her|hier|ici|aquí|aqui|qui|tutaj|här)(?=[\s.,:;!?]|$)`,
    String.raw`\s[-–—]\s+(?:klikk|klik|klicken\s+sie|cliquez|clicca|klicka)\s+(?:her|hier|ici|qui|här)\s+(?:for|für|pour|per|för)\b`,
    String.raw`\bfollow\s+(?:us|him|her|them|\S+)\s+on\s+(?:twitter|facebook|instagram|youtube)`,
    // A call-out to the site's social page: "Join our Facebook Q&A on Friday … on the BBC News Facebook page".
    String.raw`\bjoin\s+(?:us\s+on|our)\s+(?:the\s+)?(?:facebook|twitter|instagram|whatsapp|telegram|discord|reddit)\b(?:\s+(?:q&a|page|group|channel|community|live|chat|discussion|for)\b|\s*[.!]?$)`,
    String.raw`\bshare\s+(?:it|this(?:\s+\w+)?)\s+with\b`,
    String.raw`^like\s+this\s+(?:story|article)\??`,
    String.raw`\b(?:may|might)\s+(?:contain|earn|receive)\s+(?:an?\s+)?(?:affiliate|commission)`,
    // "We may earn revenue from the products available on this page and participate in affiliate programs."
    String.raw`\baffiliate[\s-]+(?:links?|commissions?|programs?|programmes?|partnerships?)\b`,
    // The same disclosure in the other languages: "Transparenzhinweis: Dieser Artikel enthält Affiliate-Links",
    // "Cet article contient des liens affiliés", "enlaces de afiliados", "link affiliati", "links de afiliados".
    String.raw`\b(?:liens?\s+(?:d['’])?affili(?:é|ation)s?|enlaces?\s+(?:de\s+)?afiliad[oa]s?|link\s+(?:di\s+)?affiliat[oi]|links?\s+de\s+afiliad[oa]s?|partnerlinks?|provisionslinks?|werbelinks?)\b`,
    String.raw`^if\s+you\s+(?:enjoyed|liked)\s+this\s+(?:article|story|post)`,
    String.raw`\b(?:want|need)\s+more\s+\w+\?`,
    String.raw`^(?:have\s+a\s+(?:news\s+)?tip|got\s+a\s+(?:news\s+)?tip)\b`,
    String.raw`^(?:comments?\s+are\s+closed|leave\s+a\s+(?:comment|reply)|(?:post|write)\s+(?:a\s+)?comment|add\s+(?:a\s+)?comment|tell\s+us\s+what\s+you\s+think)`,
    // The comment box's own lines elsewhere, each a whole line: closed ("Die Kommentarfunktion ist geschlossen", "Les
    // commentaires sont fermés", "Los comentarios están cerrados", "I commenti sono chiusi"), a login wall ("Please log
    // in to comment", "Bitte melden Sie sich an, um zu kommentieren") and its ask ("Schreiben Sie einen Kommentar",
    // "Jetzt kommentieren", "Wir freuen uns über Ihren Kommentar").
    String.raw`^(?:die\s+)?(?:kommentarfunktion|kommentare)\s+(?:ist|sind)\s+(?:für\s+diesen\s+(?:artikel|beitrag)\s+)?(?:geschlossen|deaktiviert|abgeschaltet)|^(?:les\s+)?commentaires\s+(?:sont\s+)?fermés|^(?:los\s+)?comentarios\s+(?:están\s+)?cerrados|^(?:i\s+)?commenti\s+(?:sono\s+)?chiusi|^(?:os\s+)?comentários\s+(?:estão\s+)?(?:encerrados|fechados)|^reacties\s+(?:zijn\s+)?gesloten|^komentarze\s+(?:są\s+)?zamknięte`,
    String.raw`^(?:please\s+)?(?:log|sign)\s+in\s+to\s+(?:post\s+a\s+|leave\s+a\s+|write\s+a\s+)?comment|^bitte\s+(?:loggen\s+sie\s+sich\s+ein|melden\s+sie\s+sich\s+an|registrieren\s+sie\s+sich),?\s+um\s+(?:zu\s+)?kommentieren|^(?:connectez-vous|identifiez-vous)\s+pour\s+commenter|^(?:inicia\s+sesión|regístrate)\s+para\s+comentar|^(?:accedi|registrati)\s+per\s+commentare|^(?:zaloguj\s+się|zarejestruj\s+się),?\s+aby\s+(?:dodać\s+komentarz|skomentować|komentować)|^log\s+in\s+om\s+te\s+reageren|^(?:faça\s+login|entre|cadastre-se)\s+para\s+comentar|^laat\s+een\s+reactie\s+achter`,
    String.raw`^(?:schreiben\s+sie\s+(?:einen|ihren)\s+kommentar|(?:jetzt\s+)?kommentar\s+(?:schreiben|verfassen|abgeben)|jetzt\s+kommentieren|wir\s+freuen\s+uns\s+(?:über|auf)\s+(?:ihren?|deinen?)\s+(?:kommentar|meinung)|écrire\s+un\s+commentaire|escribe\s+(?:un|tu)\s+comentario|scrivi\s+un\s+commento|escreva\s+(?:um|seu)\s+comentário)\s*[.!]?$`,
    // A paywall's lines, whole: "Dieser Inhalt ist nur für Abonnenten verfügbar", "This article is for subscribers
    // only", "Already a subscriber? Log in", "Bereits Abonnent? Hier anmelden", "Jetzt 4 Wochen gratis testen".
    String.raw`^(?:this\s+(?:content|article|story|post)\s+is\s+(?:only\s+)?(?:available|reserved|exclusive)\s+(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:subscribers|members)|this\s+(?:content|article|story)\s+is\s+for\s+(?:subscribers|members)\s+only|diese[rs]?\s+(?:inhalt|artikel|beitrag|text)\s+ist\s+(?:nur\s+|exklusiv\s+)?(?:für|exklusiv\s+für)\s+(?:unsere\s+)?(?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder|abonnierende)|cet\s+article\s+est\s+réservé\s+aux\s+abonnés|este\s+(?:contenido|artículo)\s+es\s+(?:exclusivo\s+)?(?:para|solo\s+para)\s+(?:suscriptores|socios)|questo\s+(?:contenuto|articolo)\s+è\s+(?:riservato\s+agli|disponibile\s+solo\s+per\s+gli)\s+abbonati|este\s+conteúdo\s+é\s+exclusivo\s+para\s+assinantes)(?:\s+(?:verfügbar|zugänglich|sichtbar|lesbar|only))?\s*(?:[.!:]\s*.{0,60})?$`,
    String.raw`^(?:already\s+(?:a\s+)?(?:subscriber|member|registered)|bereits\s+(?:abonnent(?:in)?|registriert|kunde|kundin|mitglied)|schon\s+(?:abonnent(?:in)?|registriert)|déjà\s+abonnée?|¿?ya\s+(?:eres|es)\s+(?:suscriptor|socio)|già\s+abbonato|já\s+é\s+assinante)\s*\?.{0,40}$`,
    String.raw`^(?:jetzt\s+)?\d+\s+(?:wochen|monate?|tage)\s+(?:gratis|kostenlos|für\s+\d+(?:[,.]\d+)?\s*(?:€|euro))\s*(?:testen|lesen)?\s*[.!]?$|^try\s+(?:it\s+)?(?:\d+\s+(?:weeks?|months?|days?)\s+)?(?:for\s+)?free(?:\s+for\s+\d+\s+(?:weeks?|months?|days?))?\s*[.!]?$`,
    // A donation ask in the other languages: "Unterstützen Sie unabhängigen Journalismus", "Soutenez le journalisme
    // indépendant", "Apoya el periodismo independiente", "Support independent journalism".
    String.raw`^(?:support|unterstützen\s+sie|unterstütze|soutenez|apoya|apoye|sostieni|apoie)\s+(?:(?:our|unseren?|notre|nuestro|el|le|il(?:\s+nostro)?|o(?:\s+nosso)?)\s+)?(?:independent\s+journalism|unabhängigen\s+journalismus|journalisme\s+indépendant|periodismo\s+independiente|giornalismo\s+indipendente|jornalismo\s+independente)\s*(?:[.!:—–-]\s*.{0,60})?$`,
    // A note that the text is a machine's translation: "Dieser Artikel wurde automatisch übersetzt".
    String.raw`^(?:this\s+(?:article|page|text|post|content)\s+(?:was|has\s+been)\s+(?:automatically|machine)[-\s]translated|diese[rs]?\s+(?:artikel|beitrag|text|inhalt)\s+wurde\s+(?:automatisch|maschinell)\s+übersetzt|cet\s+article\s+a\s+été\s+traduit\s+automatiquement|este\s+(?:artículo|texto)\s+(?:ha\s+sido|fue)\s+traducido\s+automáticamente|questo\s+articolo\s+è\s+stato\s+tradotto\s+automaticamente)\b.{0,120}$`,
    String.raw`\b(?:comments?|comentários|comentarios|commenti|kommentare)\b.{0,80}\b(?:moderat|aprovad|approved|publicad)`,
    // The same notice in German, French, Dutch and Polish, and in Arabic ("… إلى مراجعة التعليقات قبل نشرها": reviewing the
    // comments before they are published); and the disclaimer over the comments ("The views expressed in the comments
    // are the authors' own", "الآراء الواردة أدناه لا تعبر عن رأي …").
    String.raw`\b(?:kommentare?|commentaires?|reacties|komentarze)\b.{0,80}(?:moderiert|freigeschaltet|modéré|modération|gemodereerd|moderowane)`,
    String.raw`\b(?:views|opinions)\s+expressed\s+(?:in\s+(?:the\s+|these\s+)?comments|below)\b`,
    String.raw`التعليقات.{0,40}قبل\s+نشرها|الآراء\s+الواردة\s+(?:أدناه|في\s+التعليقات)`,
    String.raw`^(?:start\s+your\s+day|get\s+access\s+to)\b`,
    String.raw`^(?:关注|點擊|点击|订阅|訂閱).{0,20}(?:公众号|公眾號|微信|订阅|訂閱|客户端|客戶端)`,
    // WeChat posts open and close with the account's asks: "点击上方蓝字关注维客笔记" (tap the blue name above to follow),
    // "…请关注维客笔记微信公众号，在公众号后台聊天窗口回复20230110" (follow, then send a keyword for the download),
    // "感谢关注/点赞/分享" (thanks for following, liking, sharing).
    String.raw`^(?:点击|點擊)(?:上方|下方|上面|下面)?(?:的)?(?:蓝字|藍字|蓝色字|藍色字)`,
    String.raw`(?:关注|關注).{0,20}(?:公众号|公眾號).{0,24}(?:回复|回覆)`,
    String.raw`^(?:感谢|感謝|谢谢|謝謝)(?:您的|大家的)?(?:关注|關注|阅读|閱讀|点赞|點讚|分享|转发|轉發)(?:[/、，,](?:关注|關注|阅读|閱讀|点赞|點讚|分享|转发|轉發|在看))*[!！。]?$`,
    // Metered paywalls and registration walls left in the container: "You have now reached your allowance of 3 free
    // articles", "Register now to enjoy more…", "You can unsubscribe … at any time" (a UK magazine, 2017).
    String.raw`\b(?:reached|used\s+up)\s+your\s+(?:\w+\s+)?(?:limit|allowance|quota)\b`,
    String.raw`\b\d+\s+free\s+(?:articles|stories)\b`,
    // The meter in the other languages: "Sie haben noch 2 von 3 kostenlosen Artikeln", "Il vous reste 2 articles
    // gratuits", "Te quedan 2 artículos gratuitos", "Hai ancora 2 articoli gratuiti", "Nog 2 gratis artikelen".
    String.raw`\b\d+\s+(?:(?:von|of|de|di|van|z)\s+\d+\s+)?(?:kostenlosen?|freie|freien|gratis|gratuitos|gratuitas|gratuiti|darmow(?:e|ych)|bezpłatn(?:e|ych))\s+(?:artikeln?|beiträgen?|texten?|artikelen|artykuł(?:y|ów))\b`,
    String.raw`\b\d+\s+(?:articles?|artículos|articoli|artigos|matérias|notícias|noticias)\s+(?:gratuit(?:e?s)?|offerts?|gratuit[oa]s|gratis|gratuiti)\b`,
    String.raw`^register\s+(?:now|today|for\s+free)\b`,
    // The same wall after the meter's own sentence: "You are in complete control of which 7 articles you choose to read.
    // Register now to enjoy more of the finest writing …" — the imperative with what it buys ("to enjoy", "to read"),
    // so "… deadline. Register now, the clerk warned" in a story is not one.
    String.raw`[.!?]\s+register\s+(?:now|today|for\s+free)\s+(?:to|and)\s+(?:enjoy|read|continue|get|keep|access|unlock)\b`,
    // The same wall on Chinese sites: "建議您加入中央社付費會員找尋您要的新聞", "开通VIP会员阅读全文" (paid membership).
    String.raw`(?:加入|成為|成为|开通|開通|升级|升級|订阅|訂閱).{0,8}(?:付費|付费|VIP)(?:會員|会员)`,
    // The outlet's own ask over or under the story: "《中時新聞網》推出新服務，歡迎訂閱", "本報LINE官方帳號上線，歡迎加入". The
    // outlet named (《…》, 本報, 我們) and the ask closing the line: a story's "有興趣的民眾，歡迎加入" names no outlet.
    String.raw`^[^。]{0,30}(?:《[^》]{2,12}》|本[报報台网網站]|我[们們])[^。]{0,30}[，,！!]\s*(?:歡迎|欢迎|立即|馬上|马上|趕快|赶快|快來|快来)(?:訂閱|订阅|追蹤|追踪|關注|关注|下載|下载|加入)[^，,。！!]{0,16}[!！。]?$`,
    // Its login wall: "登录 后获取已订阅的阅读权限" (Caixin: log in for the reading rights you subscribed to),
    // "登入後閱讀全文".
    String.raw`(?:登录|登錄|登入)\s*(?:后|後).{0,12}(?:阅读|閱讀|查看|获取|獲取).{0,8}(?:全文|权限|權限)`,
    // A forum's guest wall inside the post (Discuz!'s default): "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。",
    // "您需要 登录 才可以下载或查看，没有帐号？立即注册", "游客，如果您要查看本帖隐藏内容请回复". In the wall's own voice (您需要,
    // 没有帐号？): a story's "users need to log in to see their bills" is not one.
    String.raw`^(?:马上|馬上|立即)(?:注册|註冊)[，,]|(?:您|你)需要\s*(?:登录|登錄|登入)\s*(?:才|后|後)|(?:没有|沒有)(?:帐号|帳號|账号|賬號)\s*[?？]|本帖(?:的)?(?:隐藏|隱藏)`,
    // A paywalled post's teaser of the rest: "… Subscribe to access the full article."
    // The imperative only, opening its sentence or after "please" / "log in or": "readers must subscribe to read the
    // full text of the rulings" is a story's sentence about a paywall.
    String.raw`(?:^|[.!?:]\s+|\b(?:please|or)\s+)subscribe\s+(?:now\s+|today\s+)?to\s+(?:access|read|unlock|continue\s+reading|get\s+access\s+to)\s+(?:the\s+|this\s+)?(?:full|rest|entire|whole)\b`,
    String.raw`\bunsubscribe\b.{0,80}\b(?:any\s*time|at\s+any\s+point)\b`,
    String.raw`\btakes\s+your\s+privacy\s+seriously\b`,
    // Donation asks and comment invitations between or after the paragraphs.
    String.raw`\b(?:depends|relies)\s+on\s+(?:the\s+)?(?:donations|support|generosity)\s+(?:of|from)\s+(?:readers|people)\s+like\s+you\b`,
    String.raw`\bscroll\s+down\s+to\s+(?:comment|leave\s+a\s+comment)\b`,
    String.raw`^read\s+or\s+share\s+this\s+(?:story|article)\b`,
    // The same boxes on German, French and Spanish sites.
    String.raw`^(?:jetzt\s+)?(?:newsletter\s+)?(?:abonnieren|registrieren|anmelden)\b.{0,60}\b(?:newsletter|kostenlos|gratis)`,
    String.raw`\b(?:abonnez-vous|inscrivez-vous)\b.{0,60}\b(?:newsletter|infolettre|gratuit)`,
    String.raw`\b(?:suscr[ií]bete|reg[ií]strate)\b.{0,60}\b(?:newsletter|bolet[ií]n|gratis)`,
    // …with the newsletter first ("Jetzt den Newsletter abonnieren", "Zum Newsletter anmelden", "Newsletter bestellen"),
    // in Italian, Portuguese, Polish and Dutch, and the news-by-messenger offers of Brazilian and Italian sites
    // ("Receba as notícias no seu WhatsApp", "Ricevi le notizie su Telegram"): a line that is the offer, no more.
    String.raw`^(?:jetzt\s+)?(?:(?:den|unseren|zum)\s+)?(?:\S+\s+)?newsletter\s+(?:kostenlos\s+|gratis\s+)?(?:abonnieren|bestellen|anmelden|erhalten)\s*[.!]?$`,
    // …or asked of the reader, after a question: "Sie interessieren sich für Politik? Dann abonnieren Sie unseren
    // Newsletter", "Abonnieren Sie unseren WhatsApp-Kanal".
    String.raw`(?:^|[?!.]\s+)(?:dann\s+|jetzt\s+)?(?:abonnieren|bestellen|folgen)\s+sie\s+(?:jetzt\s+)?(?:unseren?|unserem|den|dem)\s+(?:\S+[-\s])?(?:newsletter|whatsapp-kanal|telegram-kanal|kanal|podcast)\b.{0,60}$`,
    // A messenger or social channel offered in Italian, Portuguese and Spanish: "Segui le notizie di Repubblica su
    // WhatsApp", "Siga o g1 no Instagram", "Receba no WhatsApp as notícias do g1", "Quer receber notícias no celular?
    // Entre no canal", "Sigue a La Tercera en Instagram".
    String.raw`^segui\s+(?:le\s+notizie\s+di\s+)?.{1,30}\s+su\s+(?:whatsapp|telegram|google\s+news|facebook|instagram|x|twitter|tiktok|youtube)\b.{0,40}$|^siga\s+(?:[oa]s?\s+)?.{1,30}\s+n[oa]s?\s+(?:instagram|whatsapp|telegram|facebook|x|twitter|tiktok|youtube|google\s+news|threads)\b.{0,40}$|^receba\s+no\s+(?:whatsapp|telegram|celular)\b.{0,60}$|^sigue\s+a\s+.{1,30}\s+en\s+(?:instagram|whatsapp|telegram|facebook|x|twitter|tiktok|youtube|google\s+news|threads)\b.{0,40}$|^¿?quieres\s+recibir\s+(?:las\s+)?noticias\b.{0,80}$|^quer\s+receber\s+(?:as\s+)?notícias\b.{0,80}$`,
    // A news site's pointer to its videos over their list: "VÍDEOS: veja mais notícias da região" (g1).
    String.raw`^v[íi]deos?\s*:\s*(?:veja|assista|confira|vea|mira)\b.{0,80}$`,
    String.raw`^(?:iscriviti|iscrivetevi|abbonati)\s+(?:(?:gratis|gratuitamente)\s+)?(?:alla|alle|al)\s+(?:nostr[ae]\s+)?newsletter\b`,
    String.raw`^(?:inscreva-se|assine|cadastre-se)\s+(?:(?:gratuitamente|grátis)\s+)?(?:n[ao]s?|à|em)\s+(?:nossa\s+)?newsletter\b`,
    String.raw`^(?:zapisz\s+się|zapisz\s+sie|subskrybuj)\s+(?:do\s+|na\s+)?(?:nasz(?:ego)?\s+)?newslett?era?\b`,
    // A messenger channel's or a newsletter's offer on Spanish, Portuguese, Italian and French sites: "Únete a nuestro
    // canal de WhatsApp AQUÍ", "Entre no canal do g1 no WhatsApp", "Recibe nuestro newsletter con las noticias…".
    String.raw`^(?:únete|unete|súmate|sigue|siga|entre|participe|unisciti|segui|rejoignez|suivez)\s+(?:a\s+|al\s+|ao\s+|no\s+|en\s+|à\s+)?(?:nuestro\s+|nosso\s+|nostro\s+|al\s+nostro\s+|notre\s+|o\s+|el\s+|la\s+)?(?:canal|canale|chaîne|grupo|gruppo|comunidad|comunidade)\b.{0,40}\b(?:whatsapp|telegram)\b[^.!?]{0,40}[.!]?$`,
    String.raw`^(?:recibe|reciba|recibí|ricevi)\s+(?:nuestro|nuestra|el|la|la\s+nostra)\s+(?:newsletter|bolet[ií]n)\b.{0,100}$`,
    String.raw`^(?:receba|recebe|ricevi|recibe|reciba|otrzymuj|ontvang)\s+(?:as\s+|le\s+|las\s+|de\s+|het\s+)?(?:principais\s+|ultime\s+|últimas\s+|najnowsze\s+|laatste\s+)?(?:notícias|noticias|notizie|wiadomości|nieuws|novidades)\b.{0,40}\b(?:whatsapp|telegram|e-?mail|correo|newsletter|celular|cellulare)\b[^.!?]{0,30}[.!]?$`,
    // "Found a mistake? Select the text and press Ctrl+Enter": the typo-report prompt of many European and Russian
    // news sites, whose key combination reads the same in every language, and the question above it.
    String.raw`\b(?:ctrl|strg)\s*\+\s*(?:enter|eingabe)\b`,
    // …or by its button: "Iezīmējiet tekstu un spiediet uz Ziņot par kļūdu pogas" (select the text and press the
    // Report-an-error button), "Markieren Sie den Text und klicken Sie auf Fehler melden".
    String.raw`(?:^|\s)(?:iezīmējiet|markieren|markiere|выделите|select|highlight|sélectionnez|zaznacz|selecciona|seleccione|seleziona)\s.{0,60}?(?:ziņot\s+par\s+kļūdu|fehler\s+melden|сообщить\s+об\s+ошибке|report\s+(?:an?\s+)?(?:error|typo|mistake)|signaler\s+une\s+erreur|zgłoś\s+błąd|informar\s+(?:de\s+)?un\s+error|segnala(?:re)?\s+un\s+errore)`,
    String.raw`^¿?(?:(?:have\s+you\s+)?(?:found|spotted)\s+(?:a\s+)?(?:typo|mistake|an\s+error)|(?:sie\s+haben\s+|hast\s+du\s+)?(?:einen\s+)?fehler\s+(?:gefunden|entdeckt)|une\s+erreur\s*\?|нашли\s+(?:ошибку|опечатку)|znalazłeś\s+błąd|kļūda\s+rakstā|klaida\s+tekste|viga\s+tekstis|(?:encontraste|encontró|has\s+encontrado|viste)\s+(?:un|algún)\s+error|encontrou\s+(?:algum|um)\s+erro|hai\s+trovato\s+un\s+errore)\s*\?\s*(?:(?:jetzt\s+)?melden|report\s+it|let\s+us\s+know|tell\s+us|(?:dann\s+)?schreiben\s+sie\s+uns|kontaktieren\s+sie\s+uns|signalez-la|escr[ií]benos|av[ií]sanos|rep[oó]rtalo|entre\s+em\s+contato|fale\s+conosco|segnalalo|segnalacelo|scrivici)?\s*[.!]?$`,
    // German newspapers' asks between and under the story: the paywall's "Lesen Sie jetzt weiter mit MZ+" ("Weiterlesen
    // mit F+", "Jetzt weiterlesen mit SZ Plus"), the app's "Keine News mehr verpassen: Jetzt die App herunterladen!", the
    // desk's "Haben Sie Fragen oder Anregungen? Schreiben Sie uns", the comment wall's "Sie müssen angemeldet sein, um
    // kommentieren zu können", and the pointer "Mehr News aus Musterstadt lesen Sie hier." — each a whole line.
    String.raw`^(?:lesen\s+sie\s+(?:jetzt\s+)?weiter\s+mit|(?:jetzt\s+)?weiterlesen\s+mit)\s+\S+(?:\s+(?:plus|\+))?\s*[.!]?$`,
    String.raw`^(?:keine\s+(?:news|nachrichten|artikel)\s+mehr\s+verpassen|nichts\s+mehr\s+verpassen)\b.{0,60}\b(?:app|newsletter|whatsapp|push|kanal)\b.{0,30}$|\bjetzt\s+(?:die\s+|unsere\s+)?(?:\S+[-\s])?app\s+(?:kostenlos\s+)?(?:herunterladen|laden|installieren)\s*[.!]?$`,
    String.raw`^haben\s+sie\s+(?:fragen|anregungen|hinweise|kritik)(?:\s*,\s*\S+)*(?:\s+(?:oder|und)\s+(?:fragen|anregungen|hinweise|kritik|wünsche))?\s*\?\s*(?:schreiben\s+sie\s+uns|kontaktieren\s+sie\s+uns|melden\s+sie\s+sich(?:\s+bei\s+uns)?)\b.{0,60}$`,
    String.raw`^(?:sie\s+müssen\s+(?:angemeldet|eingeloggt)\s+sein,?\s+um\s+(?:zu\s+)?kommentieren|you\s+must\s+be\s+logged\s+in\s+to\s+(?:post\s+a\s+)?comment|vous\s+devez\s+être\s+connecté\s+pour\s+(?:publier\s+un\s+)?commentaire)`,
    String.raw`^(?:mehr|weitere)\s+(?:news|nachrichten|artikel|infos?|informationen|meldungen|berichte)\s+(?:aus|zu|zum|zur|über|von)\s+.{1,40}\s+(?:lesen|finden)\s+sie\s+hier\s*[.!:]?$`,
    // French sites' asks: the app's "Téléchargez l'application pour ne rien manquer de l'actualité" (and its Spanish,
    // Portuguese and Italian wording), the meter's "Vous avez lu 3 articles ce mois-ci" ("You've read 3 of 5 free
    // articles", "Sie haben 3 von 5 kostenlosen Artikeln gelesen"), the newsletter's "Recevez gratuitement notre
    // newsletter…", and a short offer of news "dans votre boîte mail" ("the headlines straight to your inbox", "die
    // Nachrichten in Ihr Postfach"): the news named, or "phishing mails land in your inbox" would go.
    String.raw`^(?:téléchargez|installez|descarga|descargue|baixe|scarica)\s+(?:gratuitement\s+|gratis\s+)?(?:l['’]\s*|notre\s+|la\s+|nuestra\s+|o\s+|nosso\s+|la\s+nostra\s+)?app(?:li(?:cation)?|licación|licativo|licazione)?\b.{0,80}$`,
    String.raw`^(?=.{0,200}\b(?:abonn|subscri|suscr|assin|weiterles|continu|registr|inscri|mois|month|monat|mes\b))(?:vous\s+avez\s+(?:lu|consulté)\s+\d+\s+(?:articles?|contenus?)|you(?:['’]ve|\s+have)\s+read\s+\d+\s+(?:of\s+(?:your\s+)?\d+\s+)?(?:free\s+)?(?:articles?|stories)|sie\s+haben\s+\d+\s+(?:von\s+\d+\s+)?(?:kostenlosen\s+)?(?:artikeln?|beiträgen?)\s+gelesen|has\s+leído\s+\d+\s+(?:de\s+\d+\s+)?(?:artículos|noticias)|você\s+(?:já\s+)?leu\s+\d+\s+(?:de\s+\d+\s+)?(?:matérias|reportagens|artigos|notícias))\b`,
    String.raw`^recevez\s+(?:gratuitement\s+)?(?:notre|nos|la|les)\s+(?:newsletters?|lettres?\s+d['’]information)\b.{0,80}$`,
    String.raw`^(?=[^.!?]{0,80}\b(?:actu(?:alités?)?|newsletters?|news|nachrichten|noticias|notícias|notizie|headlines|infos?)\b)[^.!?]{0,80}\b(?:dans\s+votre\s+boîte\s+(?:mail|e-mail|aux\s+lettres|de\s+réception)|(?:straight\s+)?(?:to|in)\s+your\s+inbox|in\s+ihr(?:em)?\s+(?:e-mail-)?postfach|en\s+tu\s+(?:bandeja\s+de\s+entrada|correo)|na\s+sua\s+caixa\s+de\s+entrada|nella\s+tua\s+casella\s+(?:di\s+posta|email))\s*[.!]?$`,
    // A paywall's ask in its own voice, opening the line: "Para seguir leyendo, suscríbete a El Diario", "Para
    // continuar lendo, assine", "Per continuare a leggere, abbonati", "Pour lire la suite, abonnez-vous", "Um
    // weiterzulesen, registrieren Sie sich".
    String.raw`^(?:para\s+(?:seguir|continuar)\s+leyendo,?\s+(?:suscr[ií]bete|reg[ií]strate|inicia\s+sesi[oó]n|hazte\s+socio)|para\s+continuar\s+lendo,?\s+(?:assine|cadastre-se|faça\s+login)|per\s+continuare\s+a\s+leggere,?\s+(?:abbonati|registrati|accedi)|pour\s+(?:lire\s+la\s+suite|continuer\s+(?:à|la)\s+lecture),?\s+(?:abonnez-vous|connectez-vous|inscrivez-vous)|um\s+(?:weiterzulesen|den\s+(?:ganzen|vollständigen)\s+artikel\s+zu\s+lesen),?\s+(?:abonnieren|registrieren|melden|loggen))\b`,
    // Cookie notices, in English and the European languages.
    String.raw`\bthis\s+(?:website|site)\s+uses\s+cookies\b|^we\s+use\s+cookies\b`,
    String.raw`\b(?:diese\s+(?:website|webseite|seite)\s+(?:verwendet|nutzt)|wir\s+(?:verwenden|nutzen))\s+cookies\b`,
    String.raw`\b(?:ce\s+site\s+utilise|nous\s+utilisons)\s+(?:des\s+)?cookies\b`,
    String.raw`\b(?:este\s+sitio(?:\s+web)?\s+utiliza|utilizamos)\s+cookies\b`,
    String.raw`\b(?:questo\s+sito\s+(?:web\s+)?utilizza|utilizziamo)\s+(?:i\s+)?cookie`,
    String.raw`\b(?:deze\s+(?:website|site)\s+(?:maakt\s+gebruik\s+van|gebruikt)|wij\s+gebruiken)\s+cookies\b`,
    String.raw`\b(?:ta\s+strona|serwis)\s+(?:używa|korzysta\s+z)\s+(?:plików\s+)?cookie`,
    // A Chinese blog's asks: "点击关注，获取更多精彩内容", "喜欢这篇文章的话，欢迎点赞、收藏、转发！" (two of the actions at least).
    String.raw`^(?:点击|點擊)?(?:关注|關注)(?:我们|我們|本号|本號|公众号|公眾號)?[，,]?\s*(?:获取|獲取|了解|查看|发现|發現)更多`,
    String.raw`(?:欢迎|歡迎|记得|記得|别忘了|別忘了|请|請)(?:点赞|點讚|关注|關注|转发|轉發|收藏|分享|评论|評論|留言|打赏|打賞)(?:\s*[、，,和与與及]\s*(?:点赞|點讚|关注|關注|转发|轉發|收藏|分享|评论|評論|留言|打赏|打賞))+`,
    // The Greek, Russian and Turkish asks to follow the site: "Ακολουθήστε το kathimerini.gr στο Google News και μάθετε
    // πρώτοι…", "Подписывайтесь на РИА Новости в Telegram", "Bizi Google News'te takip edin".
    String.raw`^ακολουθήστε\s.{0,60}(?:google\s+news|facebook|twitter|instagram|viber|telegram|youtube|tiktok)|^подписывайтесь\s+на\s.{0,60}(?:telegram|телеграм|вконтакте|vk|дзен|канал|youtube)|(?:google\s+news|facebook|twitter|instagram|youtube|whatsapp)['’]?\S*\s+takip\s+ed[iİı]n`,
    // An Arabic site's ask to follow it: "تابعوا آخر الأخبار عبر حسابنا على تويتر", "تابعونا على فيسبوك".
    String.raw`^(?:تابعونا|تابعوا|تابع)\s.{0,60}(?:تويتر|فيسبوك|فيس\s+بوك|إكس|تلغرام|تيليجرام|واتساب|يوتيوب|إنستغرام|انستغرام|تيك\s+توك|حساب|قناة|صفحت)`,
    // A Japanese blog's ranking banner: "にほんブログ村 ランキングに参加しています。応援クリックお願いします！"
    String.raw`にほんブログ村|ブログランキング|ランキングに参加しています|応援(?:の)?クリック|ポチッと(?:応援|お願い|クリック)`,
    // A Japanese site's newsletter ask: "CNET Japanの記事を毎朝メールでまとめ読み（無料）", "メルマガ登録はこちら",
    // "ニュースレターを購読する".
    String.raw`メールで(?:まとめ読み|受け取る|お届け)|(?:メルマガ|メールマガジン)の?(?:登録|購読|を購読|を受け取る)|ニュースレター(?:に登録|の登録|を購読|を受け取る|登録)`,
    // "扫码关注“城市晚报”微信公众号" boxes under Chinese articles, and the QR code named anywhere in an ask to follow the
    // site's account or get its app: "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信". Not a story's "民众可扫描二维码下载市府的
    // 交通应用程式": what it asks for is the site's account (微信, 公众号, 官方, us) or its client.
    String.raw`^(?:扫码|掃碼|扫描二维码|掃描二維碼|长按|長按)(?:识别|識別|二维码|二維碼)?.{0,10}(?:关注|關注|下载|下載|订阅|訂閱)`,
    String.raw`(?:扫描|掃描|扫一扫|掃一掃|长按|長按|识别|識別).{0,8}(?:二维码|二維碼).{0,4}(?:(?:关注|關注|订阅|訂閱|加入).{0,16}(?:微信|公众号|公眾號|官方|我们|我們|视频号|視頻號)|(?:下载|下載).{0,8}(?:客户端|客戶端|app))`,
  ],
  'i',
);

/**
 * The page's feedback widget, whole question or rating line: "Was this page helpful? Yes No", "War diese Seite
 * hilfreich?", "Wie hilfreich war dieser Beitrag?", "Cet article vous a-t-il été utile ?", "¿Te ha resultado útil
 * esta página?", "Questa pagina ti è stata utile?", "Was deze informatie nuttig?", "Czy ta strona była pomocna?",
 * "Esta página foi útil?", "Rate this article", "Diesen Artikel bewerten", "4,5/5 (12 Stimmen)". Government and
 * company pages close their text with one; it asks about the page and is never the page.
 */
const FEEDBACK = splitAlternation(
  [
    String.raw`^(?:was|is|did\s+you\s+find)\s+(?:this|the)\s+(?:page|article|post|information|answer|content|guide)\s+(?:helpful|useful)`,
    String.raw`^how\s+(?:helpful|useful)\s+(?:was|is|did\s+you\s+find)\s+(?:this|the)\s+(?:page|article|post|information|answer|content|guide)`,
    String.raw`^(?:war|ist)\s+(?:diese[rs]?|der|die|das)\s+(?:seite|artikel|beitrag|information|informationen|inhalt|antwort)\s+(?:hilfreich|nützlich)`,
    String.raw`^wie\s+(?:hilfreich|nützlich)\s+(?:war|ist|fanden\s+sie)\s+(?:diese[rs]?|der|die|das)\s+(?:seite|artikel|beitrag|information|informationen|inhalt|antwort)`,
    String.raw`^hat\s+(?:ihnen|dir)\s+(?:diese[rs]?)\s+(?:seite|artikel|beitrag|information|inhalt|antwort)\s+(?:geholfen|gefallen)`,
    // "Wie hat Ihnen dieser Artikel gefallen?", "How did you like this article?": the same widget asking for a rating.
    String.raw`^wie\s+(?:hat\s+(?:ihnen|dir)\s+(?:diese[rs]?|der|die|das)\s+(?:artikel|beitrag|seite)\s+gefallen|gefällt\s+(?:ihnen|dir)\s+(?:diese[rs]?|der|die|das)\s+(?:artikel|beitrag|seite))\s*\??$|^(?:how\s+did\s+you\s+like|did\s+you\s+(?:like|enjoy))\s+this\s+(?:article|post|story)\s*\??$`,
    String.raw`^(?:cette|cet|ce)\s+(?:page|article|information|contenu|réponse)\s+(?:vous|t['’])\s*a[-\s]t[-\s](?:elle|il)\s+(?:été\s+)?(?:utile|aidé|plu)`,
    String.raw`^¿?\s*(?:(?:te|le|os|les)\s+(?:ha\s+)?(?:resultado|sido|fue|pareció|parece)\s+útil|(?:fue|es|ha\s+sido)\s+útil)\s+(?:esta|este|la|el)\s+(?:página|artículo|información|contenido|respuesta)`,
    String.raw`^¿?\s*(?:esta|este)\s+(?:página|artículo|información|contenido)\s+(?:te|le)\s+(?:ha\s+)?(?:resultado|sido|fue)\s+útil`,
    String.raw`^(?:questa|questo|quest['’])\s*(?:pagina|articolo|informazione|contenuto)\s+(?:ti|le|vi)\s+(?:è|e['’])\s+stat[oa]\s+utile`,
    // The template of Italy's public administrations: "Quanto sono chiare le informazioni su questa pagina?", "Quanto è
    // stata utile questa pagina?", with its stars as lines ("1 stella su 5", "Valuta 2 stelle su 5", "Rate 2 stars out
    // of 5").
    String.raw`^quanto\s+(?:sono\s+chiare\s+le\s+informazioni|(?:ti\s+)?è\s+(?:stata\s+)?(?:utile|chiara))\s+(?:su\s+|in\s+)?(?:questa|questo)\s+(?:pagina|articolo|servizio)`,
    String.raw`^(?:valuta|rate|bewerten\s+sie\s+mit|noter|valorar)?\s*\d\s+(?:stell[ae]|stars?|sterne?n?|étoiles?|estrellas?)\s+(?:su|out\s+of|von|sur|de)\s+5$`,
    String.raw`^(?:was|is)\s+(?:deze|dit|het)\s+(?:pagina|artikel|informatie|antwoord)\s+(?:nuttig|behulpzaam|duidelijk)`,
    String.raw`^heeft\s+(?:deze|dit)\s+(?:pagina|artikel|informatie)\s+(?:u|je|jou)\s+geholpen`,
    String.raw`^czy\s+(?:ta|ten|te)\s+(?:strona|artykuł|informacja|informacje|treść|odpowiedź)\s+(?:był[ao]?|były)\s+(?:pomocn|przydatn)`,
    String.raw`^(?:esta|este|essa|esse)\s+(?:página|artigo|informação|conteúdo)\s+(?:foi|é)\s+útil`,
    String.raw`^¿?\s*(?:te|le)\s+(?:ha\s+)?gustad[oa]\s+(?:este|esta)\s+(?:artículo|noticia|entrada)\s*\?$|^(?:ti|vi)\s+è\s+piaciut[oa]\s+(?:questo|questa)\s+(?:articolo|notizia)\s*\?$|^(?:gostou|você\s+gostou)\s+d(?:este|esta|o)\s+(?:artigo|notícia|matéria|conteúdo)\s*\?$|^(?:cet\s+article\s+vous\s+a-t-il\s+plu|vous\s+avez\s+aimé\s+cet\s+article)\s*\?$|^(?:czy\s+)?(?:podobał\s+ci\s+się\s+(?:ten\s+)?artykuł|artykuł\s+był\s+pomocny)\s*\?$|^vond\s+je\s+dit\s+artikel\s+(?:nuttig|interessant|leuk)\s*\?$`,
    // The widget's answer once clicked: "Thank you for your feedback!", "Vielen Dank für Ihr Feedback!".
    String.raw`^(?:thank\s+you|thanks)\s+for\s+(?:your|the)\s+feedback\s*[.!]?$|^(?:vielen\s+)?dank\s+für\s+(?:ihr|dein|ihre|deine)\s+(?:feedback|rückmeldung|bewertung)\s*[.!]?$|^merci\s+(?:pour|de)\s+votre\s+(?:retour|avis|réponse)\s*[.!]?$|^gracias\s+por\s+(?:tu|su)\s+(?:opinión|comentario|valoración|respuesta)\s*[.!]?$|^grazie\s+per\s+il\s+(?:tuo|suo)\s+(?:feedback|parere)\s*[.!]?$|^obrigad[oa]\s+pel[oa]\s+(?:seu|sua)\s+(?:feedback|opinião|avaliação)\s*[.!]?$|^bedankt\s+voor\s+(?:je|uw)\s+(?:feedback|reactie)\s*[.!]?$`,
    String.raw`^(?:rate|rating\s+for)\s+this\s+(?:article|post|page|story)\b|^(?:diese[nrs]?\s+)?(?:artikel|beitrag|seite)\s+bewerten\b|^bewerten\s+sie\s+(?:diese[nrs]?)\s+(?:artikel|beitrag|seite)|^(?:évaluez|notez|noter|évaluer)\s+(?:cet|cette)\s+(?:article|page)|^(?:valora|califica|puntúa)\s+(?:este|esta)\s+(?:artículo|página)|^(?:valuta|vota)\s+(?:questo|questa)\s+(?:articolo|pagina)|^beoordeel\s+(?:dit|deze)\s+(?:artikel|pagina)|^oceń\s+(?:ten|tę)\s+(?:artykuł|stronę)|^(?:avalie|classifique)\s+(?:este|esta)\s+(?:artigo|página)`,
    // The star-rating box blogs add under a post (WordPress' rating plugins), the lines around the stars: "Click on a
    // star to rate it!", "Average rating 4.5 / 5. Vote count: 12", "No votes so far! Be the first to rate this post.",
    // "We are sorry that this post was not useful for you!", "Let us improve this post!", and their German, French
    // and Spanish wording ("Klicke auf die Sterne, um zu bewerten!", "Durchschnittliche Bewertung 4.8 / 5").
    String.raw`^(?:click|tap)\s+(?:on\s+)?(?:a|the)\s+stars?\s+to\s+rate|^klicke?\s+(?:auf\s+)?(?:die|einen)\s+sterne?n?,?\s+um\s+(?:ihn\s+|sie\s+)?zu\s+bewerten|^cliquez\s+sur\s+(?:une|les)\s+étoiles?\s+pour\s+(?:la\s+|le\s+)?noter|^haz\s+clic\s+en\s+(?:una|las)\s+estrellas?\s+para\s+(?:puntuar|valorar|calificar)`,
    String.raw`^(?:average\s+rating|durchschnittliche\s+bewertung|note\s+moyenne|puntuación\s+media|valoración\s+media|media\s+dei\s+voti|gemiddelde\s+beoordeling)\s*:?\s*\d`,
    String.raw`^(?:no\s+votes\s+so\s+far|be\s+the\s+first\s+to\s+rate\s+this|bisher\s+keine\s+bewertungen|sei\s+der\s+erste,?\s+der\s+diese[nrs]?\s+(?:beitrag|artikel)\s+bewertet|aucun\s+vote\s+pour\s+l['’]instant|no\s+hay\s+votos\s+hasta\s+ahora)`,
    String.raw`^(?:we\s+are\s+sorry\s+that\s+this\s+(?:post|article)\s+was\s+not\s+(?:useful|helpful)|es\s+tut\s+uns\s+leid,?\s+dass\s+(?:der|dieser)\s+(?:beitrag|artikel)\s+für\s+(?:dich|sie)\s+nicht\s+hilfreich\s+war|let\s+us\s+improve\s+this\s+(?:post|article)|tell\s+us\s+how\s+we\s+can\s+improve\s+this\s+(?:post|article)|lass(?:e|t)?\s+uns\s+diese[nrs]?\s+(?:beitrag|artikel)\s+verbessern|wie\s+können\s+wir\s+diese[nrs]?\s+(?:beitrag|artikel)\s+verbessern)`,
    // A rating with its count of votes: "4,5/5 (12 Stimmen)", "Rating: 4.2 / 5 (38 votes)".
    String.raw`^(?:\S+\s*:\s*)?\d(?:[.,]\d+)?\s*(?:/|von|sur|de|di|van|z|out\s+of)\s*5\s*[(（]?\s*\d+\s+(?:votes?|ratings?|stimmen|bewertungen|votos?|voti|avis|notes|stemmen|beoordelingen|głos(?:ów|y)?|ocen|avaliações)\s*[)）]?$`,
  ],
  'i',
);
/** Feedback widgets hold the question and its answer buttons: "Was this page helpful? Yes No". */
const MAX_FEEDBACK_WORDS = 25;

/** Lines that are only interface words: share buttons, ad labels, widget titles. */
const ENGLISH_AND_CJK_UI_WORDS = String.raw`listen\s+to\s+(?:this|the)\s+(?:article|story)|(?:read|show|view|see)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?|show\s+sources|page\s+\d+\s+of\s+\d+|next|previous|download\s+(?:the\s+)?pdf|share|share this|tweet|email|print|print article|order reprints|text size|comments?|\d+\s+comments?|post comment\s*\(\+\)|reply|subscribe|subscribe subscriber services|sign in|log in|log out|menu|skip to content|advert|advertisement|advertising|ad|sponsored|iklan|anzeige|publicidade|pubblicità|caption|close|loading(?: content)?\s*(?:\.\.\.|…)?|learn more|read more|continue reading(?: below| the main story)?|(?:advertisement\s*[-–—:]?\s*)?(?:article|story) continues below|what['’]s your reaction\??|join the conversation|popular video|send a letter to the editor|give now|donate now|whatsapp|facebook|twitter|pinterest|linkedin|reddit|share tweet submit|(?:whatsapp|facebook|twitter|pint|pinterest|email|baixar|share|tweet|submit|linkedin)(?:\s+(?:whatsapp|facebook|twitter|pint|pinterest|email|baixar|share|tweet|submit|linkedin))+|分享到?|分享至|返回[^，,\s]{1,8}[，,]\s*查看更多|打印|收藏|广告|廣告|返回顶部|返回頂部|打赏|打賞|赞赏|讚賞|点赞|點讚|举报|舉報|(?:文章)?目[录錄](?:\s*(?:显示|顯示|隐藏|隱藏|收起|展开|展開))?|(?:[读讀]者|网友|網友)(?:[回迴][响響]|[评評][论論]|回应|回應)|(?:最新|热门|熱門|全部|发表|發表|我要)[评評][论論]|[评評][论論][区區]|スポンサーリンク|スポンサードリンク|広告|読者になる|コメントを(?:書く|する|投稿する)|(?:この記事を)?シェアする|ツイート|はてブ|はてなブックマーク|ブックマーク|フォローする|(?:この記事が気に入ったら\s*)?(?:いいね|フォロー)しよう[!！]?|この記事が気に入ったら|印刷する|(?:ページ)?トップへ(?:戻る)?|続きを読む|もっと見る|试听|試聽|收听|收聽|朗读|朗讀|听新闻|聽新聞|语音播报|語音播報|شارك|مشاركة|طباعة|حجم\s+الخط|تكبير\s+الخط|تصغير\s+الخط|التعليقات|تعليقات|أضف\s+تعليق|اضف\s+تعليق|إعلان|اقرأ\s+المزيد|[^\s，,。：:]{1,12}?(?:官方)?(?:微信)?(?:公众号|公眾號)`;

/**
 * The same controls on European sites, whole lines only (a paragraph that merely says "Teilen" somewhere stays):
 * share, print, comments, ads, close, read on, back to top — German, French, Spanish, Italian, Dutch, Polish,
 * Portuguese and the Scandinavian languages. Where the multilingual benchmark's boilerplate sits.
 */
const EUROPEAN_UI_WORDS = [
  // German
  String.raw`(?:diesen\s+)?(?:artikel|beitrag)\s+(?:teilen|drucken|vorlesen|merken|anhören|hören|versenden|verschenken)|(?:\d+\s+)?kommentare?\s+(?:lesen|anzeigen|ansehen)|quellen\s+anzeigen|seite\s+\d+\s+von\s+\d+|teilen|drucken|merken|vorlesen|anhören|e-?mail|kommentare?|kommentieren|\d+\s+kommentare?|werbung|schließen|weiterlesen|mehr\s+(?:lesen|erfahren)|zur\s+startseite|nach\s+oben|(?:zum\s+)?seitenanfang|zurück(?:\s+zur\s+übersicht)?|fehler\s+melden|link\s+kopieren|jetzt\s+abonnieren|(?:jetzt\s+)?spenden|weiter|nächste[rs]?(?:\s+(?:artikel|beitrag|seite))?|vorherige[rs]?(?:\s+(?:artikel|beitrag|seite))?|(?:auf|bei|via|per|über)\s+(?:whatsapp|facebook|twitter|x|linkedin|xing|telegram|threads|bluesky|pinterest|e-?mail|flipboard)\s+(?:teilen|empfehlen)|bildergalerie|versenden|weiterempfehlen|rss|vergrößern|bild\s+vergrößern`,
  // French
  String.raw`page\s+\d+\s+sur\s+\d+|télécharger(?:\s+le)?\s+pdf|suivant|précédent|article\s+(?:précédent|suivant)|écouter\s+l['’]article|partager(?:\s+(?:cet\s+article|sur\s+\S+))?|imprimer|commentaires?|\d+\s+commentaires?|publicité|fermer|lire\s+la\s+suite|en\s+savoir\s+plus|retour\s+en\s+haut|haut\s+de\s+page|retour|signaler\s+(?:une\s+erreur|un\s+abus)|copier\s+le\s+lien|écouter(?:\s+cet\s+article)?|abonnez-vous`,
  // Spanish
  String.raw`página\s+\d+\s+de\s+\d+|v[íi]deo\s+(?:recomendado|sugerido|relacionado)|escuch(?:a|ar)\s+(?:esta\s+)?(?:noticia|nota)|ir\s+a\s+(?:los\s+)?comentarios|report(?:a|ar)\s+(?:un\s+)?error|continúa\s+leyendo\s+la\s+noticia|contenido\s+patrocinado|lo\s+último|ver\s+más\s+en\s+.{1,30}|descargar(?:\s+(?:el\s+)?pdf)?|siguiente|anterior|noticia\s+(?:anterior|siguiente)|ir\s+a\s+la\s+portada|vista\s+previa|ver\s+(?:más|galería|fotos|vídeo|video)|reportar\s+(?:un\s+)?error|compártel[oa]|continúa\s+leyendo|compartir(?:\s+en\s+\S+)?|imprimir|comentarios?|\d+\s+comentarios?|publicidad|cerrar|seguir\s+leyendo|volver(?:\s+arriba)?|copiar\s+(?:el\s+)?enlace|escuchar(?:\s+(?:la\s+)?noticia)?|suscr[ií]bete`,
  // Italian
  String.raw`pagina\s+\d+\s+di\s+\d+|abbonati|accedi|scopri\s+di\s+più|guarda\s+il\s+video|galleria\s+fotografica|fotogallery|argomenti|scarica(?:\s+il)?\s+pdf|successivo|precedente|articolo\s+(?:precedente|successivo)|invia\s+per\s+e-?mail|segnala\s+un\s+errore|condividi|stampa|commenti|\d+\s+commenti|chiudi|continua\s+a\s+leggere|leggi\s+di\s+più|torna\s+su|indietro|copia\s+(?:il\s+)?link|ascolta(?:\s+l['’]articolo)?`,
  // Dutch
  String.raw`delen(?:\s+op\s+\S+)?|download\s+(?:de\s+)?pdf|pagina\s+\d+\s+van\s+\d+|volgende|vorige|beluister\s+(?:dit|het)\s+artikel|meld\s+een\s+fout|afdrukken|printen|reacties|\d+\s+reacties|advertentie|sluiten|lees\s+(?:meer|verder)|terug(?:\s+naar\s+boven)?|naar\s+boven|link\s+kopiëren`,
  // Polish
  String.raw`udostępnij(?:\s+na\s+\S+)?|podziel\s+się|wydrukuj|wersja\s+do\s+druku|pobierz(?:\s+(?:pdf|plik))?|powrót|wróć\s+do\s+.{1,30}|dalej|(?:poprzedni|następny)(?:\s+(?:artykuł|wpis))?|strona\s+\d+\s+z\s+\d+|polecamy|skomentuj|metryczka|rejestr\s+zmian|treść\s+artykułu|drukuj|komentarze|\d+\s+komentarz(?:e|y)|reklama|zamknij|czytaj\s+(?:więcej|dalej)|wróć|do\s+góry|kopiuj\s+link`,
  // Portuguese (publicidade is in the list above)
  String.raw`compartilhe(?:\s+n[oa]\s+\S+|\s+(?:esta|essa)\s+(?:notícia|matéria|reportagem))?|assine|assista(?:\s+(?:ao|o)\s+vídeo)?|fale\s+com\s+a\s+redação|envie\s+sua\s+(?:notícia|sugestão|denúncia)|ver\s+comentários|baixar(?:\s+(?:o\s+)?pdf)?|próxim[oa]|ouvir\s+(?:a\s+|esta\s+)?(?:notícia|matéria|reportagem)|reportar\s+erro|compartilhar|partilhar|comentários|\d+\s+comentários|fechar|leia\s+mais|continue\s+lendo`,
  // Russian, Turkish (with its dotted capital İ: see related.ts), Greek
  String.raw`поделиться|печать|распечатать|комментарии|\d+\s+комментари[йяев]*|реклама|закрыть|читать\s+(?:далее|дальше)|подробнее|наверх|скопировать\s+ссылку`,
  String.raw`paylaş|yazdır|yorumlar|yorum\s+yap|\d+\s+yorum|reklam|kapat|devamını\s+oku|haber[iİı]n\s+devamı(?:\s+[iİı]ç[iİı]n\s+tıklayın)?|abone\s+ol|yukarı\s+çık|l[iİı]nk[iİı]\s+kopyala`,
  String.raw`κοινοποίηση|μοιραστείτε|εκτύπωση|σχόλια|\d+\s+σχόλια|διαφήμιση|κλείσιμο|διαβάστε\s+περισσότερα`,
  // Swedish, Danish, Norwegian
  String.raw`dela|del|skriv\s+ut|kommentarer|annons|annonse|annonce|stäng|luk|lukk|läs\s+mer|læs\s+mere|les\s+mer`,
  // Skip links, where the page's stylesheet would have hidden them: "Jump to: navigation, search" (MediaWiki),
  // "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido", "Vai al contenuto", "Przejdź do treści"
  String.raw`(?:skip|jump)\s+to\s*:?(?:\s*(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu|footer))?(?:[,\s]+(?:(?:skip|jump)\s+to\s+)?(?:navigation|search|content|menu))*|(?:wechseln|springen)\s+zu\s*:?\s*navigation,?\s+suche|zum\s+(?:haupt)?inhalt(?:\s+springen)?|direkt\s+zum\s+inhalt|aller\s+au\s+(?:contenu|menu)(?:\s+principal)?|saltar\s+al\s+(?:contenido|menú)(?:\s+principal)?|(?:vai|salta)\s+al\s+contenuto(?:\s+principale)?|(?:naar\s+(?:de\s+)?inhoud(?:\s+springen)?|ga\s+naar\s+(?:de\s+)?inhoud)|przejdź\s+do\s+(?:treści|nawigacji)|pular\s+para\s+o\s+conteúdo|hoppa\s+till\s+innehållet`,
  // A picture's lightbox control, left as a line under it: "View Larger Image", "Agrandir l'image", "Ampliar imagen"
  String.raw`view\s+larger(?:\s+image)?|enlarge(?:\s+(?:this\s+)?image)?|click\s+to\s+enlarge|expand\s+image|agrandir(?:\s+l['’]image)?|ampliar(?:\s+(?:la\s+)?imagen)?|ingrandisci(?:\s+(?:l['’])?immagine)?|vergroot(?:\s+afbeelding)?|afbeelding\s+vergroten|powiększ(?:\s+zdjęcie)?|förstora(?:\s+bilden)?`,
  // The marker an ad slot leaves between two paragraphs, as "Article continues below" in English: "Der Artikel wird
  // nach der Anzeige fortgesetzt", "L'article continue après la publicité", "Sigue leyendo después de la publicidad",
  // "L'articolo continua dopo la pubblicità", "Het artikel gaat verder onder de advertentie", "Dalsza część artykułu
  // pod reklamą", "Continua depois da publicidade"
  String.raw`(?:(?:der\s+)?artikel\s+(?:wird\s+|geht\s+)?|(?:lesen\s+sie\s+)?|fortsetzung\s+|weiterlesen\s+)?(?:nach|unter)\s+der\s+(?:anzeige|werbung)(?:\s+(?:fortgesetzt|weiter(?:lesen)?))?|weiterlesen\s+nach\s+der\s+(?:anzeige|werbung)`,
  String.raw`(?:l['’]article\s+continue|la\s+suite|suite)\s+(?:après|sous)\s+(?:la|cette)\s+publicité`,
  String.raw`(?:(?:sigue|continúa|continua)\s+leyendo|la\s+noticia\s+(?:sigue|continúa)|continúa)\s+(?:después\s+de|tras|debajo\s+de)\s+(?:la\s+|este\s+)?(?:publicidad|anuncio)`,
  String.raw`(?:l['’]articolo\s+continua|continua\s+(?:a\s+leggere\s+)?)\s*(?:dopo|sotto)\s+(?:la\s+|il\s+)?(?:pubblicità|banner)`,
  String.raw`(?:het\s+)?(?:artikel|bericht)\s+gaat\s+(?:verder\s+)?(?:onder|na)\s+de\s+advertentie(?:\s+verder)?|lees\s+verder\s+(?:onder|na)\s+de\s+advertentie`,
  String.raw`dalsza\s+część\s+(?:artykułu|tekstu|materiału)\s+(?:pod|poniżej)\s+reklamą|(?:artykuł|tekst)?\s*czytaj\s+dalej\s+(?:pod|poniżej)\s+reklamą`,
  String.raw`(?:(?:a\s+)?(?:matéria|reportagem|notícia|texto)\s+)?continua\s+(?:depois|após)\s+(?:d?a\s+)?(?:publicidade|anúncio)|continue\s+lendo\s+(?:depois|após)\s+(?:d?a\s+)?publicidade`,
  // A feedback widget's answer buttons, left on a line of their own (FEEDBACK takes the question)
  String.raw`yes\s+no|ja\s+nein|oui\s+non|s[ií]\s+no|ja\s+nee|tak\s+nie|sim\s+não`,
].join('|');

/** A line that is only a control's label: "Share", "Print", "12 comments", "Advertisement", "分享到"… */
const UI_WORDS = splitAlternation(
  `${ENGLISH_AND_CJK_UI_WORDS}|${EUROPEAN_UI_WORDS}`,
  'i',
  (words) => `^(?:${words})\\s*:?$`,
);

/**
 * Names of page furniture made of short items, in a class or id: counters, share and follow bars, tag lists,
 * breadcrumbs. A paragraph of prose is none of them, whatever its box is called: BLICK.de sets each paragraph of its
 * stories in a `<div class="styled-tags">`, which Readability unwraps into the paragraph, name and all.
 */
const LIST_NAMES = String.raw`views?-?count(?:er)?|page-?views|share|sharing|social|share-?bar|sharebar|comment-?count|tags|tag-?list|breadcrumbs?`;
/** Names of page furniture that speaks in sentences: newsletter and subscription pitches, ads, cookie notices. */
const BOX_NAMES = String.raw`newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|promo|cta|outbrain|taboola|advert|advertisement|ad-?slot|ad-?unit|ad-?container|sponsor|sponsored|cookie|gdpr|related|recommended|read-?more|more-?stories`;
/** Names of page furniture in a class or id, but for comments (below). */
const FURNITURE_NAMES = `${LIST_NAMES}|${BOX_NAMES}`;
const named = (names: string) => new RegExp(String.raw`(?:^|[\s_-])(?:${names})(?:$|[\s_-])`, 'i');
const LIST_CLASS = named(LIST_NAMES);
const BOX_CLASS = named(`${BOX_NAMES}|comments?`);
const CHROME_CLASS = named(`${FURNITURE_NAMES}|comments?`);
/** On a discussion page the boxes named after comments are the posts: only the rest is furniture. */
const CHROME_CLASS_BUT_POSTS = named(FURNITURE_NAMES);
const COMMENT_CLASS = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;
/** Words the article may hold outside its comment boxes and still be a thread: an opening post, a question. */
const MAX_WORDS_BESIDE_THREAD = 80;

const insideCommentBox = (el: Element, root: Element): boolean => {
  for (let box = el.parentElement; box && box !== root; box = box.parentElement)
    if (COMMENT_CLASS.test(classAndId(box))) return true;
  return false;
};

/**
 * Whether the article is a discussion: boxes named after comments (Hacker News' `.comment`, a forum's
 * `.comment-body`) hold its text but for a few lines. Then they are the posts the reader came for, not readers'
 * comments after a story, and none goes for its name. A story followed by its comments keeps far more words of
 * its own than an opening post.
 */
function isThread(ctx: PruneContext): boolean {
  let inComments = 0;
  for (const el of Array.from(ctx.root.querySelectorAll('[class], [id]'))) {
    if (!COMMENT_CLASS.test(classAndId(el))) continue;
    if (!insideCommentBox(el, ctx.root)) inComments += wordCount(textOf(el));
  }
  return inComments > 0 && ctx.totalWords - inComments < MAX_WORDS_BESIDE_THREAD;
}

/**
 * The same boxes as PROMPT in the forms European sites write them. Compiled only for a text holding one of their
 * words (`vocabulary`), like every rule pattern here: an engine compiles each on its first use, on every click.
 */
const MORE_PROMPT = vocabulary(
  new RegExp(
    [
      // A company page's invitation to ask: "Haben Sie Fragen? Rufen Sie uns an …", "Vous avez des questions ? Contactez-nous".
      String.raw`^(?:haben\s+sie|sie\s+haben|noch|have|got|any|vous\s+avez|¿?tienes|¿?tiene|hai|heeft\s+u|heb\s+je|masz|tem)\s+(?:(?:noch|any|some|des|alguna|algunas|delle|nog|jakieś|alguma)\s+)?(?:fragen|questions?|preguntas?|domande|vragen|pytania|dúvidas?)\s*[?？]`,
      // A subscribers-only notice over a paywalled story, and the sign-in prompt under it: "Cet article est réservé aux
      // abonnés.", "Dieser Artikel ist nur für Abonnenten", "Jetzt weiterlesen mit Abo", "Vous souhaitez réagir à cet
      // article ? Connectez-vous ou créez un compte."
      String.raw`^(?:(?:cet\s+article|ce\s+contenu)\s+est\s+réservé\s+aux\s+abonnés|(?:este\s+artículo|este\s+contenido)\s+es\s+exclusivo\s+para\s+(?:suscriptores|socios)|(?:articolo|contenuto)\s+riservato\s+agli\s+abbonati|dit\s+artikel\s+is\s+alleen\s+(?:voor|beschikbaar\s+voor)\s+abonnees|ten\s+artykuł\s+jest\s+dostępny\s+(?:tylko\s+)?dla\s+(?:subskrybentów|prenumeratorów)|exclusivo\s+para\s+assinantes|dieser\s+artikel\s+ist\s+(?:nur\s+)?(?:für|exklusiv\s+für)\s+abonnent(?:en|innen)|jetzt\s+weiterlesen\s+mit\s+\S+|this\s+(?:article|story)\s+is\s+(?:only\s+)?(?:for|available\s+to|exclusive\s+to)\s+subscribers)`,
      String.raw`\b(?:connectez-vous|identifiez-vous)\b.{0,40}\b(?:créez\s+un\s+compte|abonnez-vous|inscrivez-vous)`,
      // …and the forms those did not read: German's separable "Melden Sie sich … an", Italian, Dutch, Polish, Portuguese.
      String.raw`^(?:melden\s+sie\s+sich|melde\s+dich)\b.{0,60}\bnewsletter`,
      String.raw`\b(?:iscriviti|iscrivetevi|abbonati)\b.{0,60}\bnewsletter`,
      String.raw`\b(?:schrijf\s+(?:je|u)\s+in|meld\s+(?:je|u)\s+aan|abonneer\s+(?:je|u))\b.{0,60}\bnieuwsbrief`,
      String.raw`\b(?:zapisz\s+się|zasubskrybuj)\s.{0,60}\bnewslett`,
      String.raw`\b(?:assine|inscreva-se|subscreva)\b.{0,60}\b(?:newsletter|boletim)`,
      String.raw`^siga-nos\s`,
    ].join('|'),
    'i',
  ),
);
const promptAt = (text: string): number | undefined => PROMPT.index(text) ?? MORE_PROMPT.index(text);

const MAX_PROMPT_WORDS = 45;

/**
 * A prompt that opens its block — "Wir verwenden Cookies, um …", "Melden Sie sich für unseren Newsletter an …" — is
 * unmistakable, so it goes even from a short article whose share guard would keep a block its size, as long as the
 * article keeps this many words without it: Readability takes the whole page for a two-paragraph story, notice and
 * newsletter box and all. (A story's quote of a notice opens on its quotation mark.)
 */
const MIN_WORDS_LEFT = 40;

/**
 * A share bar flattened into one line by Readability (its class is lost when it turns the div into a
 * paragraph): "分享到：微信 微博 QQ空间", "分享到：Facebook LINE Twitter", "Share: Facebook Twitter".
 */
const SHARE_LINE = vocabulary(
  /^(?:分享到|分享至|分享|share(?:\s+(?:this(?:\s+(?:article|story|post|page))?|on))?|(?:diesen\s+|den\s+)?(?:artikel|beitrag|seite)\s+teilen|teilen|partager(?:\s+(?:cet\s+article|cette\s+page|l['’]article))?|compartir(?:\s+(?:este\s+artículo|esta\s+noticia|la\s+noticia))?|condividi(?:\s+(?:l['’]articolo|questo\s+articolo))?|(?:artikel\s+)?delen|udostępnij(?:\s+artykuł)?|compartilhar|partilhar|dela|del)\s*[:：]?\s*(?:(?:微信|微博|qq空间|qq空間|qq|朋友圈|豆瓣|复制链接|複製連結|facebook|line|twitter|whatsapp|e-?mail|mail|telegram|linkedin|xing|reddit|pinterest|flipboard|messenger|x)[\s\u3000|、,，]*)+$/i,
);
/**
 * A view counter on a line of its own: "1,234 views", "Visto 314 veces", "Aufrufe: 1.234", Joomla's "Zugriffe: 1234", "阅读 1234", "浏览次数：567",
 * "閱讀數：89". How many read the page, not what it says; a sentence that gives a count ("The video had 3 million
 * views") is longer than the line.
 */
const VIEW_COUNT = vocabulary(
  new RegExp(
    [
      String.raw`^[\d.,\s]*\d\s*[kKmM万萬]?\s*(?:views?|reads?|aufrufe|mal\s+gelesen|vues|lectures|visitas|lecturas|visualizzazioni|letture|weergaven|wyświetle(?:ń|nia)|odsłon|visualizações|leituras|просмотр(?:ов|а)?|visningar|次(?:阅读|閱讀|浏览|瀏覽|点击|點擊))$`,
      // A Chinese blog's counters on one line: "阅读(1234) | 评论(5) | 点赞(12)".
      String.raw`^(?:(?:阅读|閱讀|浏览|瀏覽|评论|評論|点赞|點讚|点击|點擊|收藏|转发|轉發|分享|喜欢|喜歡|赞|讚)\s*[(（:：]?\s*\d+\s*[)）]?\s*[|｜/·•]?\s*){2,}$`,
      String.raw`^(?:views?|hits|aufrufe|zugriffe|gelesen|vues|affichages|visto|visitas|lecturas|visualizzazioni|visite|letture|weergaven|wyświetlenia|wyświetleń|odsłony|odsłon|liczba\s+(?:wyświetleń|odwiedzin|odsłon)|visualizações|просмотры|阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:数|數|量|次数|次數)?\s*[:：]?\s*[\d.,\s]*\d\s*[kKmM万萬]?(?:\s*(?:veces|times|mal|fois|volte|keer|razy|vezes|раз|次))?$`,
    ].join('|'),
    'i',
  ),
);
/** A view counter's line ("Liczba odwiedzin: 1234"), for the rule that reads a record table's rows (dateline.ts). */
export const isViewCount = (text: string): boolean => text.length <= 40 && VIEW_COUNT.test(text);
/** Chinese page tools inside the container: pagination and the 纠错 / 打印本页 / 关闭窗口 buttons. */
const PAGE_TOOLS = vocabulary(
  /^(?:[【[]?\s*(?:纠错|糾錯|打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|收藏本页|收藏|返回顶部|返回頂部)\s*[】\]]?\s*)+$|^(?:(?:上一页|下一页|上一頁|下一頁|首页|首頁|尾页|尾頁|\d{1,3})\s*)+$/,
);

/**
 * Fox prints its promos and teasers in capitals between paragraphs: "GET FOX BUSINESS ON THE GO BY
 * CLICKING HERE", and a linked headline "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES …". A shouted line
 * that says "click here" or is one link is chrome; a plain "Click here to download the game" on a blog
 * can be the article's own instruction, so only the shouted form goes.
 */
const isShouted = (text: string): boolean =>
  /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && wordCount(text) >= 3 && mostlyCapitals(text);
/**
 * Shouting is written in capitals: most of the line's letters are capitals. Japanese and Chinese have no case, so
 * "CWEによる脆弱性タイプ一覧 CWEとは?" (a JVN iPedia heading with one acronym) has no lower-case letter and is not
 * shouted either.
 */
const mostlyCapitals = (text: string): boolean =>
  (text.match(/\p{Lu}/gu)?.length ?? 0) * 2 >= (text.match(/\p{L}/gu)?.length ?? 0);
const SHOUTED_CLICK = /\bCLICK(?:ING)?\s+HERE\b/;
/**
 * The post footer of WordPress' classic themes: "This entry was posted on Sunday, October 10th, 2010 at 3:49 pm and
 * is filed under SEO. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response,
 * or trackback from your own site." Longer than a prompt; its wording is the theme's, never a story's.
 */
const POST_FOOTER =
  /^this\s+(?:entry|post)\s+was\s+posted\b.{0,200}\b(?:and\s+(?:is\s+)?filed\s+under|responses\s+to\s+this\s+entry)|\byou\s+can\s+follow\s+any\s+responses\s+to\s+this\s+entry\b/i;
const MAX_FOOTER_WORDS = 80;
/**
 * A running story's notice, the whole line: "More to follow...", "This story is developing and will be updated.",
 * "Developing story", "Mehr in Kürze", "Dieser Artikel wird laufend aktualisiert.", "Article en cours d'actualisation".
 * The page's promise of a later version, not the story (Deutsche Welle's live match reports end in one).
 */
const UPDATE_NOTICE = vocabulary(
  /^(?:more\s+to\s+follow|more\s+(?:details\s+)?soon|this\s+(?:is\s+a\s+)?(?:breaking\s+news\s+|developing\s+)?(?:story|article)(?:\s+is\s+developing)?(?:\s+and)?\s+(?:will\s+be|is\s+being)\s+updated(?:\s+as\s+(?:more\s+)?(?:details|information)\s+(?:become|becomes|is)\s+available)?|(?:this\s+is\s+a\s+)?developing\s+story|mehr\s+in\s+kürze|dieser\s+(?:artikel|beitrag)\s+wird\s+(?:laufend\s+)?aktualisiert|article\s+en\s+cours\s+d['’]actualisation|noticia\s+en\s+desarrollo|notizia\s+in\s+aggiornamento)\s*[.…!]*$/i,
);

/** A wall is a heading, a sentence or two of pitch and a short list: more is not one. */
const MAX_WALL_WORDS = 120;
const MAX_WALL_LINE_WORDS = 40;
/** `compareDocumentPosition`'s bit for a node after the reference (Node.DOCUMENT_POSITION_FOLLOWING). */
const FOLLOWING = 4;

/** Whether every block of `box` is a short line: a pitch, a benefit, a button, a log-in link. */
const shortLines = (leaves: readonly Element[], box: Element): boolean =>
  leaves.every((b) => !box.contains(b) || wordCount(textOf(b)) <= MAX_WALL_LINE_WORDS);

/**
 * Whether `box` is where the shown article stops: nothing after it but short lines. A wall ends what a page shows
 * of a story, and on such a page it can be a large share of the little that is left, which `tooBig` forbids for
 * anything else; so only there.
 */
const endsTruncatedStory = (leaves: readonly Element[], box: Element): boolean =>
  leaves.every((b) => box.contains(b) || !(box.compareDocumentPosition(b) & FOLLOWING) || wordCount(textOf(b)) < 10);

/**
 * The box a wall's prompt heads, with the pitch and the list of benefits under it ("Die NZZ steht für
 * Qualitätsjournalismus …", "Unabhängig recherchierte Hintergrundberichte …", the button, "Sie sind bereits
 * registriert?"): the widest ancestor whose first block is the prompt and which holds only a few short lines.
 */
function wallBox(ctx: PruneContext, prompt: Element): Element {
  let box = prompt;
  const leaves = leafBlocks(ctx.root);
  for (let up = prompt.parentElement; up && up !== ctx.root; up = up.parentElement) {
    if (firstLeafBlocks(up, 1)[0] !== prompt || wordCount(textOf(up)) > MAX_WALL_WORDS || !shortLines(leaves, up))
      break;
    if (tooBig(ctx, up) && !endsTruncatedStory(leaves, up)) break;
    box = up;
  }
  return box;
}

/** Words a prompt's box may hold besides it, each line a button's or a name's few words. */
const MAX_PROMPT_BOX_WORDS = 12;
const MAX_PROMPT_BOX_LINE_WORDS = 4;

/**
 * The box a prompt opens, when the rest of it is its buttons: The Verge's "Follow topics and authors from this story…"
 * over the follow buttons, each an author's name. A box with a sentence besides is not the prompt's.
 */
function promptBox(ctx: PruneContext, prompt: Element, leaves: readonly Element[]): Element {
  const box = prompt.parentElement;
  if (!box || box === ctx.root || firstLeafBlocks(box, 1)[0] !== prompt) return prompt;
  const rest = wordCount(textOf(box)) - wordCount(textOf(prompt));
  if (rest <= 0 || rest > MAX_PROMPT_BOX_WORDS) return prompt;
  const lines = leaves.filter((b) => b !== prompt && box.contains(b));
  return lines.every((b) => wordCount(textOf(b)) <= MAX_PROMPT_BOX_LINE_WORDS) ? box : prompt;
}

const sameClassAbove = (el: Element, cls: string, root: Element): boolean => {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement)
    if (up.getAttribute('class') === cls) return true;
  return false;
};

/** A class whose boxes hold this share of the article's words between them is the article's own markup. */
const ARTICLE_CLASS_SHARE = 0.5;

/**
 * The classes the article's own text is set in, whatever they say: a newsletter's web issue sets every item's summary
 * in `div.newsletter-html` (TLDR). Boxes so named are counted once each, the outermost. Not comments: a story under a
 * long thread keeps its story, and the thread goes.
 */
function articleClasses(ctx: PruneContext, named: ReadonlyArray<{ el: Element }>): Set<string> {
  const words = new Map<string, number>();
  for (const { el } of named) {
    const cls = el.getAttribute('class');
    // Comments are weighed as a thread or not (isThread), however many words they hold.
    if (!cls || COMMENT_CLASS.test(cls) || sameClassAbove(el, cls, ctx.root)) continue;
    words.set(cls, (words.get(cls) ?? 0) + wordCount(textOf(el)));
  }
  return new Set([...words].filter(([, n]) => n >= ctx.totalWords * ARTICLE_CLASS_SHARE).map(([cls]) => cls));
}

/** Words on a shop's button: "See It", "Buy now at Amazon", "$49 at Home Depot". */
const MAX_BUTTON_WORDS = 5;

/**
 * A line that is one paid link and a few words: a product card's "See It" button. The page itself marks such links
 * `rel="sponsored"` (the web's mark for paid and affiliate links), where a story's own words link to sources.
 */
function isShopButton(el: Element, text: string): boolean {
  if (wordCount(text) > MAX_BUTTON_WORDS) return false;
  const links = el.localName === 'a' ? [el] : Array.from(el.querySelectorAll('a'));
  if (links.length !== 1 || textOf(links[0]!) !== text) return false;
  return /(?:^|\s)sponsored(?:\s|$)/i.test(links[0]!.getAttribute('rel') ?? '');
}

export function pruneCallsToAction(ctx: PruneContext): void {
  const chromeClass = isThread(ctx) ? CHROME_CLASS_BUT_POSTS : CHROME_CLASS;
  const named = Array.from(ctx.root.querySelectorAll('[class], [id]'))
    .map((el) => ({ el, names: wordsOfNames(classAndId(el)) }))
    .filter(({ names }) => chromeClass.test(names));
  const own = articleClasses(ctx, named);
  for (const { el, names } of named) {
    if (!alive(ctx, el) || own.has(el.getAttribute('class') ?? '')) continue;
    const words = wordCount(textOf(el));
    // A box of chrome is short or mostly links; a wrapper named "related-content" holding prose is not.
    if (words > 60 && linkDensity(el) < 0.5) continue;
    // Nor is a paragraph in a box named after a list of short items.
    if (el.localName === 'p' && isProseBlock(el) && LIST_CLASS.test(names) && !BOX_CLASS.test(names)) continue;
    if (!tooBig(ctx, el)) remove(ctx, el, 'chrome');
  }
  const blocks = leafBlocks(ctx.root);
  for (const [i, el] of blocks.entries()) {
    if (!alive(ctx, el)) continue;
    const text = textOf(el);
    let at: number | undefined;
    if (
      UI_WORDS.test(text) ||
      isControlLine(text) ||
      SHARE_LINE.test(text) ||
      (PAGE_TOOLS.test(text) && /\D/.test(text)) ||
      (text.length <= 40 && VIEW_COUNT.test(text))
    )
      remove(ctx, el, 'chrome');
    else if (isShouted(text) && wordCount(text) <= 30 && (SHOUTED_CLICK.test(text) || linkDensity(el) >= 0.9))
      remove(ctx, el, 'teaser');
    // The size test first: the prompt pattern is long, and most blocks are paragraphs too long to be a prompt.
    else if (wordCount(text) <= MAX_PROMPT_WORDS && WALL.test(text) && !tooBig(ctx, el))
      remove(ctx, wallBox(ctx, el), 'prompt');
    else if (
      wordCount(text) <= MAX_PROMPT_WORDS &&
      (at = promptAt(text)) !== undefined &&
      (!tooBig(ctx, el) ||
        (at === 0 && ctx.totalWords - wordCount(text) >= MIN_WORDS_LEFT) ||
        closesStory(ctx, blocks, i))
    )
      remove(ctx, promptBox(ctx, el, blocks), 'prompt');
    else if (wordCount(text) <= MAX_FOOTER_WORDS && POST_FOOTER.test(text) && !tooBig(ctx, el))
      remove(ctx, el, 'prompt');
    else if (UPDATE_NOTICE.test(text)) remove(ctx, el, 'prompt');
    else if (isShopButton(el, text)) remove(ctx, el, 'chrome');
    else if (wordCount(text) <= MAX_FEEDBACK_WORDS && FEEDBACK.test(text) && !tooBig(ctx, el))
      remove(ctx, el, 'prompt');
  }
}
