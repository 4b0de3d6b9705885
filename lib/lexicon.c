/* lexicon.c -- the word classes attribution relies on (see lexicon.h).
 *
 * Small hand-made tables: reporting verbs, words that may stand between a
 * subject and its verb, titles and roles, bodies, countries and their
 * adjectives, place words, sentence-opening function words, name
 * particles, female first names. They are merged into one hash table on
 * first use, so the speaker module asks once per word. */
#include "lexicon.h"
#include "strmap.h"
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- word tables ------------------------------------------------------ */


/* Verbs (and nouns) that introduce someone's position. */
static const char *const cue_words[] = {
    "said", "says", "say", "stated", "states", "stressed", "stresses", "noted", "notes",
    "added", "adds", "told", "urged", "urges", "hoped", "hopes", "questioned",
    "expressed", "expresses", "warned", "warns", "insisted", "insists", "demanded",
    "demands", "requested", "requests", "emphasized", "emphasised", "emphasizes",
    "emphasises", "underlined", "underscored", "announced", "believes", "believed",
    "agreed", "reiterated", "reaffirmed", "confirmed", "assured", "proposed", "offered",
    "suggested", "welcomed", "welcomes", "condemned", "condemns", "accused", "criticized",
    "criticised", "rejected", "denied", "asked", "appealed", "thanked", "praised",
    "supported", "supports", "expects", "expected", "declared", "explained", "argued",
    "complained", "informed", "recalled", "mentioned", "acknowledged", "admitted",
    "claimed", "voiced", "conveyed", "highlighted", "regretted", "deplored", "vowed",
    "pledged", "promised", "invited", "objected", "opposed", "backed", "endorsed",
    "approved", "signed", "called", "calls", "pointed", "issued", "reported",
    "considers", "considered", "thinks", "noted", "expressed", "voiced", "indicated",
    "spoke", "appreciated", "commended", "recognized", "recognised", "wants", "wanted",
    "insisted", "reminded", "replied", "answered", "responded", "raised", "drew",
    "presented", "presents", "focused", "focuses", "briefed", "assessed", "assesses",
    "refuted", "initiated", "initiates", "outlined", "described", "convinced",
    "shared", "reached", "reject", "affirm", "reaffirm", "condemn", "coordinated",
    "identified", "wrote", "tweeted", "posted",
    /* stance and action verbs whose subject holds the position (ANNOTATION.md
     * version 2): "The United States demanded ...", "Kuwait today rejected
     * charges", and the present tense of news items ("The European Union
     * urges Russia to ..."); forms that are also common nouns ("sanctions",
     * "claims") are left out */
    "agrees", "accuses", "denies", "vows", "threatens", "threatened", "refuses",
    "refused", "accepts", "accepted", "opposes", "criticizes", "criticises", "defends",
    "defended", "ordered", "banned", "announces", "cancels", "cancelled", "canceled",
    "suspends", "suspended", "lifted", "asks", "proposes", "protested", "expels",
    "expelled", "imposes", "imposed", "recognizes", "recognises", "blames", "blamed",
    "approves", "endorses", "predicts", "predicted", "reiterates", "confirms",
    "rejects", "denounces", "denounced", "withdraws", "withdrew", "released", "frees",
    "freed", "boycotted", "halted", "resumes", "resumed", "seeks", "sought", "voted",
    "vetoed", "passes", "passed", "adopts", "adopted", "summoned", "sanctioned",
    "apologizes", "apologized", "apologises", "apologised", "acknowledges", "admits",
    "concedes", "conceded", "allows", "allowed", "permits", "permitted", "reaffirms",
    "affirms", "affirmed", "commits", "committed", "raises", "dismisses", "dismissed",
    "slams", "slammed", "hails", "hailed", "praises", "congratulates", "congratulated",
    "supported", "wished", "feared", "doubted", "declares", "planned", "intends",
    "intended", "decides", "decided", "invites", "staged", "marched", "rallied",
    "demonstrated", "filed", "sues", "sued", "ruled", "launched", "recommends",
    "recommended", "declined", "reverses", "reversed", "resigns", "resigned",
    "responds", "retaliates", "retaliated", "condemns",
    NULL};

/* Base forms of such verbs: a cue only after a plural or coordinated
 * subject ("EU foreign ministers urge ...", "Rebels agree to ..."). */
static const char *const plural_verbs[] = {
    "urge", "demand", "agree",
    "accuse", "deny", "vow", "threaten", "refuse", "welcome", "offer", "accept", "sign",
    "back", "oppose", "criticize", "criticise", "defend", "order", "ban", "announce",
    "claim", "cancel", "suspend", "lift", "pledge", "promise", "ask", "appeal",
    "propose", "protest", "expel", "impose", "recognize", "recognise", "blame",
    "approve", "endorse", "predict", "insist", "reiterate", "confirm", "denounce",
    "withdraw", "release", "free", "boycott", "halt", "resume", "seek", "vote", "veto",
    "pass", "adopt", "recall", "summon", "sanction", "apologize", "apologise",
    "acknowledge", "admit", "concede", "allow", "permit", "commit", "voice", "raise",
    "question", "dismiss", "slam", "hail", "praise", "thank", "congratulate", "support",
    "want", "wish", "hope", "fear", "doubt", "declare", "consider", "plan",
    "intend", "decide", "invite", "stage", "march", "rally", "demonstrate", "strike",
    "file", "sue", "rule", "launch", "reach", "recommend", "decline", "retract",
    "reverse", "resign", "respond", "retaliate", "warn", "note", "add",
    /* not "press", "push", "resolve", "object": nouns as often ("the strength
     * and resolve of the Ukrainian people") */
    "call", "reject", "condemn", "express", "say", "tell",
    NULL};

/* Cues that may follow their subject: "..., said Shoigu". */
static const char *const post_cue_words[] = {
    "said", "says", "added", "noted", "stressed", "emphasized", "emphasised", "stated",
    "explained", "told", "recalled", "warned", "continued", NULL};

/* Words that may stand between a subject and its cue. */
static const char *const between_words[] = {
    "also", "again", "further", "has", "have", "had", "then", "later", "repeatedly",
    "strongly", "firmly", "once", "publicly", "separately", "particularly", "has",
    "earlier", "previously", "already", "specifically", "in", "turn", "both", "all",
    "clearly", "had", "therefore", "furthermore", "moreover", "personally", "today",
    "yesterday", "tonight", "overnight", "late", "early", "formally", "officially",
    "reportedly", "jointly", "unanimously", "promptly", "swiftly", "immediately", "now",
    "still", "recently", "angrily", "sharply", "flatly", "quickly", "currently",
    "officially", "publicly", "reportedly", "finally", "formally", NULL};

static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", NULL};

static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday", NULL};

/* Title and role words: never part of a name. */
static const char *const role_words[] = {
    "President", "Prime", "Minister", "Secretary", "Defense", "Defence", "Foreign",
    "Chancellor", "General", "Head", "Chairman", "Chairwoman", "Chairperson", "Chair",
    "Director", "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Press",
    "Ambassador", "King", "Queen", "Prince", "Emir", "Amir", "Sheikh", "Taoiseach", "Mr",
    "Mrs", "Ms", "Dr",
    "Gen", "Federal", "State", "Vice", "Chief", "Governor", "Mayor", "Senator", "Speaker",
    "Adviser", "Advisor", "Representative", "Special", "Envoy", "Commissioner",
    "Premier", "Pope", "Patriarch", "Interior", "Economy", "Affairs", "Justice",
    "Finance", "Security", "Staff", "Executive", "Presidential", "Board", "Directors",
    "High", "Permanent", "Acting", "First", "Lady", "Colonel", "Council", "Office",
    "Member", "Leader", "Commander", "Admiral", "Lieutenant", "Major", "Captain",
    "Secretary-General", "Chief-of-Staff", "Officer", "Head of State", "Coordinator",
    "Senior", "Former", "Incumbent", "Chancellery", "Kremlin", "Ministry", "National",
    "Parliament", "Verkhovna", "Rada", "Duma", "Government", "Cabinet", "Deputy-Head",
    "Sir", "Madam", "Excellency", "His", "Her", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
    "Reporter", "Correspondent", "Commissioner", "Supreme", "Armed", "Forces",
    "Service", "Agency", "Committee", "Commission", "Union", "European", "Secretariat",
    "Administration", "Department", "Health", "Trade", "Energy", "Industry",
    "Education", "Culture", "Digital", "Transformation", "Emergencies", "Delegation",
    "Ombudsman", "Commissioner", "Presidium", "Speaker", "Commerce", "CEO", "MP", "Pastor",
    "Cardinal", "Rabbi", "Imam", "Archbishop", "Bishop", "Reverend", "Ayatollah", NULL};

/* Words that make a run a body rather than a person. */
static const char *const body_words[] = {
    "Ministry", "Council", "Government", "Office", "Kremlin", "Commission", "Union",
    "Parliament", "Administration", "Department", "Service", "Committee", "Assembly",
    "Organization", "Organisation", "NATO", "Cabinet", "Rada", "Duma", "Secretariat",
    "Embassy", "Mission", "Delegation", "Agency", "Court", "Bank", "Forces", "Army",
    "Staff", "Headquarters", "Alliance", "Presidium", "Chancellery", "Congress",
    "Senate", "House", "Bureau", "Nations", "OSCE", "UN", "EU", "IAEA", "ICRC", "Authority",
    "Institute", "Association", "Party", "Front", "Movement", "Coalition", "International",
    /* the members a chamber is named by: "House of Representatives",
     * "Chamber of Deputies", "House of Lords" */
    "Chamber", "Representatives", "Deputies", "Lords", "Commons", "Councillors", NULL};

/* Affiliation adjectives and the country or body they name. */
static const char *const affil_adj[][2] = {
    {"Russian", "Russia"}, {"British", "United Kingdom"}, {"Ukrainian", "Ukraine"},
    {"American", "United States"}, {"US", "United States"}, {"U.S.", "United States"},
    {"French", "France"}, {"German", "Germany"}, {"Chinese", "China"},
    {"Polish", "Poland"}, {"Turkish", "Turkey"}, {"Italian", "Italy"},
    {"Spanish", "Spain"}, {"Japanese", "Japan"}, {"Indian", "India"},
    {"Belarusian", "Belarus"}, {"Kazakh", "Kazakhstan"}, {"Israeli", "Israel"},
    {"Iranian", "Iran"}, {"Canadian", "Canada"}, {"Dutch", "Netherlands"},
    {"Swedish", "Sweden"}, {"Finnish", "Finland"}, {"Lithuanian", "Lithuania"},
    {"Latvian", "Latvia"}, {"Estonian", "Estonia"}, {"Georgian", "Georgia"},
    {"Armenian", "Armenia"}, {"Azerbaijani", "Azerbaijan"}, {"Hungarian", "Hungary"},
    {"Romanian", "Romania"}, {"Czech", "Czech Republic"}, {"Slovak", "Slovakia"},
    {"Austrian", "Austria"}, {"Swiss", "Switzerland"}, {"Belgian", "Belgium"},
    {"Danish", "Denmark"}, {"Norwegian", "Norway"}, {"Greek", "Greece"},
    {"Serbian", "Serbia"}, {"Moldovan", "Moldova"}, {"Uzbek", "Uzbekistan"},
    {"Egyptian", "Egypt"}, {"Saudi", "Saudi Arabia"}, {"Syrian", "Syria"},
    {"Brazilian", "Brazil"}, {"Mexican", "Mexico"}, {"Australian", "Australia"},
    {"Korean", "Korea"}, {"Soviet", "Soviet Union"}, {"Western", "the West"},
    {"Tajik", "Tajikistan"}, {"Kyrgyz", "Kyrgyzstan"}, {"Turkmen", "Turkmenistan"},
    {"Mongolian", "Mongolia"}, {"Argentine", "Argentina"}, {"Argentinian", "Argentina"},
    {"Pakistani", "Pakistan"}, {"Palestinian", "Palestine"}, {"Iraqi", "Iraq"},
    {"Afghan", "Afghanistan"}, {"Vietnamese", "Vietnam"}, {"Indonesian", "Indonesia"},
    {"Malaysian", "Malaysia"}, {"Portuguese", "Portugal"}, {"Slovenian", "Slovenia"},
    {"Croatian", "Croatia"}, {"Bulgarian", "Bulgaria"}, {"Cuban", "Cuba"},
    {"Venezuelan", "Venezuela"}, {"Chilean", "Chile"}, {"Emirati", "United Arab Emirates"},
    {"Qatari", "Qatar"}, {"Jordanian", "Jordan"}, {"Lebanese", "Lebanon"},
    {"Libyan", "Libya"}, {"Algerian", "Algeria"}, {"Moroccan", "Morocco"},
    {"Nigerian", "Nigeria"}, {"Irish", "Ireland"}, {"Icelandic", "Iceland"},
    {"Thai", "Thailand"}, {"Filipino", "Philippines"}, {"Singaporean", "Singapore"},
    {"Kenyan", "Kenya"}, {"Ethiopian", "Ethiopia"}, {"Bosnian", "Bosnia and Herzegovina"},
    {"Montenegrin", "Montenegro"}, {"Macedonian", "North Macedonia"}, {"Albanian", "Albania"},
    {"Cypriot", "Cyprus"}, {"Maltese", "Malta"}, {"Bangladeshi", "Bangladesh"},
    {"Nepalese", "Nepal"}, {"Colombian", "Colombia"}, {"Peruvian", "Peru"},
    {"Bolivian", "Bolivia"}, {"Nicaraguan", "Nicaragua"}, {"Sudanese", "Sudan"},
    {"UN", "United Nations"}, {"EU", "European Union"}, {NULL, NULL}};

static const char *const countries[] = {
    "Russia", "Ukraine", "Britain", "China", "France", "Germany", "Poland", "Turkey",
    "Italy", "Spain", "Japan", "India", "Belarus", "Kazakhstan", "Israel", "Iran",
    "Canada", "Netherlands", "Sweden", "Finland", "Lithuania", "Latvia", "Estonia",
    "Georgia", "Armenia", "Azerbaijan", "Hungary", "Romania", "Austria", "Switzerland",
    "Belgium", "Denmark", "Norway", "Greece", "Serbia", "Moldova", "Uzbekistan", "Egypt",
    "Syria", "Brazil", "Mexico", "Australia", "Korea", "America", "Europe", "Kyiv",
    "Moscow", "Washington", "London", "Paris", "Berlin", "Beijing", "Kiev", "Ireland",
    "Austria", "Bulgaria", "Slovakia", "Croatia", "Albania", "Kosovo", "Qatar",
    /* the other UN member states with one-word names (multi-word names are
     * runs of place words: "Saudi Arabia", "United Arab Emirates") */
    "Afghanistan", "Algeria", "Andorra", "Angola", "Argentina", "Bahrain", "Bangladesh",
    "Bhutan", "Bolivia", "Bosnia", "Herzegovina", "Botswana", "Brunei", "Cambodia",
    "Cameroon", "Chad", "Chile", "Colombia", "Congo", "Cuba", "Cyprus", "Czechia",
    "Djibouti", "Ecuador", "Eritrea", "Ethiopia", "Fiji", "Ghana", "Guatemala", "Guinea",
    "Haiti", "Honduras", "Iceland", "Indonesia", "Iraq", "Jamaica", "Jordan", "Kenya",
    "Kuwait", "Kyrgyzstan", "Laos", "Lebanon", "Libya", "Liechtenstein", "Luxembourg",
    "Macedonia", "Madagascar", "Malaysia", "Maldives", "Mali", "Malta", "Mauritius",
    "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nepal", "Nicaragua", "Niger", "Nigeria", "Oman", "Pakistan", "Palestine", "Panama",
    "Paraguay", "Peru", "Philippines", "Portugal", "Rwanda", "Senegal", "Singapore",
    "Slovenia", "Somalia", "Sudan", "Tajikistan", "Tanzania", "Thailand", "Tunisia",
    "Turkmenistan", "Turkiye", "Uganda", "Uruguay", "Venezuela", "Vietnam", "Yemen",
    "Zambia", "Zimbabwe", NULL};

/* Words of place and event names that look like "First Last" but are not
 * people: "United States", "New York", "Victory Day". */
static const char *const place_words[] = {
    "United", "States", "Kingdom", "Nations", "Emirates", "New", "North", "South", "East",
    "West", "Central", "Great", "Saudi", "Arabia", "Republic", "Zealand", "Africa",
    "Korea", "York", "Sri", "Lanka", "Hong", "Kong", "Costa", "Rica", "Middle", "Far",
    "Black", "Sea", "Day", "Year", "Federation", "Donbas", "Donbass", "Crimea", "Crimean",
    "Normandy", "Minsk", "Geneva", "Istanbul", "Kyiv", "Kiev", "Moscow", "Mariupol",
    "Kharkiv", "Odesa", "Odessa", "Lviv", "Luhansk", "Lugansk", "Donetsk", "Eastern",
    "Western", "Northern", "Southern", "Europe", "Asia", "Pacific", "Atlantic", "Baltic",
    "Caucasus", "Balkans", "Gulf", "Peninsula", "Region", "Island", "Islands", "City",
    "Street", "Square", "Palace", "House", "Airport", "Bridge", "Stream", "Forum",
    "Summit", "Games", "Cup", "Olympic", "Olympics", "Week", "Congress", "Conference",
    "Treaty", "Agreement", "Accords", "Declaration", "Charter", "Act", "Law", "Code",
    "Fund", "Bank", "Company", "Group", "Corporation", "Institute", "University", NULL};

/* First names that tell "she" from "he"; everyone else is taken as "he". */
static const char *const female_names[] = {
    "Ursula", "Angela", "Liz", "Kamala", "Annalena", "Ella", "Valentina", "Iryna",
    "Olena", "Maria", "Mette", "Sanna", "Kaja", "Ingrida", "Roberta", "Jacinda", "Nancy",
    "Hillary", "Theresa", "Elizabeth", "Margrethe", "Zuzana", "Viola", "Kersti", "Maia",
    "Salome", "Christine", "Linda", "Samantha", "Marija", "Tatiana", "Tatyana", "Olga",
    "Irina", "Natalia", "Natalya", "Yulia", "Ruslana", "Oksana", "Lyudmila", "Elena",
    "Anna", "Mrs", "Ms", "Madam", "Queen", "Lady", "Victoria", "Wendy", "Karen",
    "Antje", "Ann", "Kristalina", "Michelle", "Catherine", "Marine", "Giorgia", NULL};

static const char *const joint_nouns[] = {
    "sides", "parties", "leaders", "presidents", "ministers", "delegations", "participants",
    "interlocutors", "counterparts", "heads", "chancellors", "officials", "advisors",
    "advisers", "envoys", "negotiators", NULL};

/* Capitalised only because they open a sentence: never part of a name. */
static const char *const stop_words[] = {
    "I", "We", "You", "He", "She", "It", "They", "This", "That", "These", "Those",
    "There", "Here", "Having", "Regarding", "In", "At", "On", "During", "After", "Before",
    "Following", "Given", "As", "With", "For", "From", "To", "By", "According", "And",
    "But", "Or", "So", "Also", "However", "Moreover", "Therefore", "Meanwhile", "A", "An",
    "Our", "My", "Your", "His", "Its", "Their", "If", "When", "While", "Although",
    "Today", "Yesterday", "Now", "Then", "Since", "Thus", "Such", "Both", "All", "Each",
    "Every", "Some", "Many", "Most", "No", "Not", "What", "Which", "Who", "Why", "How",
    "Let", "Please", "Thank", "Thanks", "Dear", "Yes", "Among", "Within", "Without",
    "Under", "Over", "Against", "Despite", "Through", "Besides", "Unlike", "Like",
    "Again", "Further", "Only", "Even", "Just", "Indeed", "Certainly", "Besides",
    "Apart", "Upon", "Until", "Once", "Other", "Another", "Important", "Special",
    "Particular", "Attention", "Colleagues", "Friends", "Ladies", "Gentlemen", "Happy",
    "Jr", "Sr", "Nobody", "Everyone", "Everybody", "Somebody", "Anyone", "Thousands", "Hundreds", "Dozens", "Tens", "Several", "More", "Fewer",
    "Beyond", "Together", "Separately", "Additionally", "Furthermore", "Likewise", "Similarly",
    NULL};

/* Lower-case role nouns for descriptions: "the minister", "the British side". */
static const char *const desc_nouns[] = {
    "minister", "president", "side", "chancellor", "secretary", "leader", "premier",
    "ministry", "head", "counterpart", "diplomat", "envoy", "ambassador", "official",
    "spokesman", "spokeswoman", "spokesperson", "guest", "interlocutor",
    "secretary-general", "chief", "adviser", "advisor", "negotiator", "commander",
    "prosecutor", "mayor", "governor", "watchdog", "agency", "organisation",
    "organization", "group", "alliance", "bloc", "company", "institute", NULL};

/* Verbs of narration: a sentence with one reports what was done or talked
 * about ("The presidents discussed ...", "Issues were touched upon"), not
 * the words of the last speaker, so it does not continue a report. */
static const char *const narrate_words[] = {
    "discussed", "discuss", "exchanged", "touched", "reviewed", "covered", "considered",
    "attended", "attend", "took", "held", "met", "visited", "participated", "chaired",
    "sent", "located", "update", "report", "carried", NULL};

/* Words that end a subject noun phrase read backwards from its verb: clause
 * openers and function words a group's name does not hold (mention.c). */
static const char *const np_breakers[] = {
    "that", "which", "who", "whom", "whose", "when", "if", "after", "before", "as",
    "because", "while", "but", "where", "since", "although", "though", "than", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "not", "it", "they", "he", "she", "we",
    "i", "you", "this", "these", "there", "also", "so", "said", "says", "say", "did",
    "do", "does",
    NULL};

/* Leading words a group's name leaves out: articles and quantities
 * ("The", "A", "Thousands of", "Fifteen"; mention.c). */
static const char *const np_quantities[] = {
    "the", "a", "an", "thousands", "hundreds", "dozens", "tens", "millions", "several",
    "some", "many", "more", "than", "of", "about", "around", "nearly", "over", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "fifty", "hundred", "thousand", "other", "scores", "half",
    NULL};

/* Nouns for people and bodies that head a group's name ("ministers",
 * "cleric", "government", "media"; mention.c). */
static const char *const people_nouns[] = {
    "ministers", "minister", "officials", "official", "leaders", "leader", "rebels",
    "militants", "lawmakers", "legislators", "senators", "diplomats", "diplomat",
    "delegates", "cleric", "clerics", "government", "governments", "group", "groups",
    "parties", "party", "countries", "states", "members", "representatives", "unions",
    "union", "opposition", "forces", "troops", "police", "students", "residents",
    "lawyers", "judges", "court", "journalists", "voters", "citizens", "authorities",
    "allies", "partners", "nations", "powers", "spokesman", "spokeswoman",
    "spokesperson", "commander", "commanders", "army", "military", "people", "crowds",
    "factions", "faction", "coalition", "alliance", "bloc", "parliament", "congress",
    "senate", "cabinet", "council", "committee", "ministry", "agency", "organization",
    "organisation", "association", "embassy", "administration", "regime", "junta",
    "president", "presidents", "premier", "envoy", "envoys", "ambassador", "source",
    "sources", "analysts", "experts", "insurgents", "separatists", "fighters",
    "guerrillas", "activists", "workers", "families", "relatives", "victims",
    "villagers", "refugees", "migrants", "demonstrators", "protesters", "protestors",
    "monks", "bishops", "church", "hardliners", "moderates", "conservatives",
    "liberals", "democrats", "republicans", "socialists", "communists", "nationalists",
    "islamists", "critics", "supporters", "opponents", "donors", "creditors",
    "investors", "negotiators", "mediators", "observers", "monitors", "inspectors",
    "prosecutors", "investigators", "generals", "chiefs", "heads", "mayors",
    "governors", "media", "newspaper", "newspapers", "press", "elders", "politicians",
    "soldiers", "lawmaker", "legislature", "legislators", "scientists", "doctors",
    "nurses", "teachers", "farmers", "unionists", "veterans", "senator", "congressman",
    "pirates", "candidates", "mutineers", "gunmen", "dissidents", "exiles", "settlers",
    "tribesmen", "officers", "militias", "militia", "advocates", "delegations", "delegation",
    "officer", "judge", "activist", "lawyer", "witness", "analyst", "expert", "soldier",
    "head", "man", "woman",
    "congresswoman", "mp", "mps", "deputies", "ministries", "embassies", "agencies",
    "companies", "firms", "banks", "clubs", "tribes", "clans", "chief", "general", "mayor",
    "governor", "prosecutor", "negotiator", "mediator", "regulator", "watchdog",
    NULL};

/* Words that report a meeting or call ("held talks with", "spoke with";
 * layout.c). */
static const char *const meeting_words[] = {
    "held", "had", "met", "meets", "spoke", "talked", "conversation", "call", "meeting",
    "talks", "hosted", "received", "welcomed", "welcomes",
    NULL};

/* ---- the lexicon ------------------------------------------------------ */

/* Lower-case particles inside names: "Hamad bin Isa", "Ursula von der Leyen". */
static const char *const name_particles[] = {"bin", "ibn", "de", "da", "van", "von", "der", "y",
                                             "dos", "du", "la", "le", "al", "el", NULL};

/* Every list above, merged into one map of lower-cased words to their
 * classes (or-ed when a word is in several lists), so a word's classes are
 * found once, when the word is scanned (the lists used to be searched
 * linearly for every word, which was most of the attribution time). The
 * map is built on first use and never freed: it is a constant. */
static struct strmap lexicon = STRMAP_INIT;
static size_t lexicon_maxlen;
static pthread_once_t lexicon_once = PTHREAD_ONCE_INIT;

/* Adds word to the table with flag (or-ed in when it is already there). */
static void lex_add(const char *word, unsigned flag) {
    char low[64] = "";
    size_t len = strlen(word);
    if (len > sizeof low) abort(); /* the lists are ours: a word this long is a bug */
    for (size_t k = 0; k < len; k++) low[k] = (char)tolower((unsigned char)word[k]);
    int added;
    *strmap_put(&lexicon, low, len, &added) |= flag;
    if (len > lexicon_maxlen) lexicon_maxlen = len;
}

static void build_lexicon(void) {
    static const struct {
        const char *const *list;
        unsigned flag;
    } lists[] = {{cue_words, LX_CUE},     {post_cue_words, LX_POSTCUE}, {between_words, LX_BETWEEN},
                 {weekdays, LX_WEEKDAY},  {months, LX_MONTH},           {role_words, LX_ROLE},
                 {body_words, LX_BODY},   {countries, LX_COUNTRY},      {place_words, LX_PLACE},
                 {joint_nouns, LX_JOINT}, {desc_nouns, LX_DESC},     {stop_words, LX_STOP},
                 {name_particles, LX_PARTICLE}, {female_names, LX_FEMALE},
                 {narrate_words, LX_NARRATE}, {plural_verbs, LX_PLURALV},
                 {np_breakers, LX_BREAKER}, {np_quantities, LX_QUANTITY},
                 {people_nouns, LX_PEOPLE}, {meeting_words, LX_MEET}};
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (const char *const *w = lists[l].list; *w; w++) lex_add(*w, lists[l].flag);
    for (size_t i = 0; affil_adj[i][0]; i++) lex_add(affil_adj[i][0], LX_AFFIL);
}

/* The classes (LX_*) of the word p[0..n), compared case-insensitively
 * (ASCII case: every lexicon word is ASCII). */
unsigned lex_flags(const char *p, size_t n) {
    pthread_once(&lexicon_once, build_lexicon);
    char low[64];
    if (n <= lexicon_maxlen && n <= sizeof low) {
        for (size_t k = 0; k < n; k++) low[k] = (p[k] >= 'A' && p[k] <= 'Z') ? (char)(p[k] + 32) : p[k];
        const size_t *flags = strmap_get(&lexicon, low, n);
        if (flags) return (unsigned)*flags;
    }
    /* "Adviser-Commissioner", "Deputy-Minister": a hyphenated title whose
     * parts are role words is a role word */
    const char *h = memchr(p, '-', n);
    if (h && h > p && h + 1 < p + n) {
        unsigned a = lex_flags(p, (size_t)(h - p)), b = lex_flags(h + 1, n - (size_t)(h - p) - 1);
        if ((a & LX_ROLE) && (b & LX_ROLE)) return LX_ROLE;
    }
    return 0;
}

const char *lex_affiliation(const char *p, size_t n) {
    if (!(lex_flags(p, n) & LX_AFFIL)) return NULL;
    for (size_t i = 0; affil_adj[i][0]; i++)
        if (strlen(affil_adj[i][0]) == n && memcmp(affil_adj[i][0], p, n) == 0) return affil_adj[i][1];
    return NULL;
}

int lex_female_name(const char *p, size_t n) { return (lex_flags(p, n) & LX_FEMALE) != 0; }
