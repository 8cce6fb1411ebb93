package org.newslens.extract;

import java.util.Locale;
import java.util.Set;

/** Small closed word lists shared by the rules (lower case). */
final class Words {
    private Words() {}

    static final Set<String> PRONOUNS = set("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your",
            "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
            "who", "whom", "whose", "this", "that", "these", "those", "himself", "herself", "themselves", "itself");

    // Honorifics: NameKeys.HONORIFICS (one list for the rules and the identity key).

    /** Nouns that name an office or job: a capitalised run ending in one of these before a name is a role. */
    static final Set<String> ROLE_NOUNS = set("president", "vice-president", "minister", "prime", "premier",
            "chancellor", "spokesperson", "spokesman", "spokeswoman", "secretary", "senator", "sen.", "rep.",
            "representative", "governor", "gov.", "mayor", "leader", "chief", "ceo", "cfo", "coo", "cto",
            "chairman", "chairwoman", "chair", "director", "executive", "head", "manager", "analyst", "economist",
            "strategist", "officer", "founder", "co-founder", "king", "queen", "prince", "princess", "pope",
            "general", "gen.", "colonel", "col.", "commander", "admiral", "captain", "lieutenant", "judge",
            "justice", "ambassador", "envoy", "commissioner", "official", "adviser", "advisor", "lawyer",
            "attorney", "professor", "prof.", "dr.", "researcher", "scientist", "reporter", "correspondent",
            "editor", "journalist", "coach", "player", "striker", "chief-executive", "boss", "owner",
            "partner", "trader", "broker", "founder", "member", "mp", "mep", "deputy", "emir", "sheikh",
            "sultan", "archbishop", "bishop", "cardinal", "rabbi", "imam", "superintendent", "inspector",
            "sheriff", "detective", "sergeant", "commentator", "dealer", "consultant", "presenter", "host",
            "anchor", "writer", "author", "singer", "actor", "actress", "president-elect", "chairperson",
            "treasurer", "administrator", "mogul", "tycoon", "investor", "specialist", "expert", "councillor",
            "councilor", "speaker", "dictator", "monarch", "crown", "surgeon", "doctor", "physician", "nurse",
            "teacher", "lecturer", "engineer", "pilot", "farmer", "priest", "pastor", "historian", "architect",
            "designer", "artist", "musician", "composer", "novelist", "poet", "photographer", "filmmaker",
            "producer", "chef", "banker", "diplomat", "activist", "campaigner", "lawmaker", "legislator",
            "politician", "candidate", "congressman", "congresswoman", "assemblyman", "assemblywoman", "negotiator", "goalkeeper", "midfielder", "defender", "referee", "athlete",
            "champion", "scholar", "student", "psychologist", "epidemiologist", "virologist", "physicist",
            "chemist", "biologist", "astronomer", "prosecutor", "solicitor", "barrister", "magistrate", "coroner", "constable",
            "auditor", "regulator", "inspector-general", "spokesperson", "vice-chairman", "secretary-general", "chief-of-staff",
            // Ranks and titles abbreviated without a full stop, as British and Commonwealth papers write them ("Gen Sisi", "Lt Col X").
            "gen", "col", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "maj", "maj.", "brig", "brig.", "cpl", "cpl.", "adm", "adm.",
            "cdr", "cdr.", "supt", "supt.", "insp", "insp.", "cllr", "rev", "rev.", "gov", "det", "det.",
            // Players by position or sport ("Spinner X", "fly-half X").
            "spinner", "bowler", "batsman", "batter", "wicketkeeper", "winger", "fly-half", "pitcher", "catcher",
            "quarterback", "jockey", "taoiseach", "tanaiste", "tánaiste", "ayatollah", "sprinter", "swimmer", "cyclist", "boxer", "golfer", "skier");

    /** Verbs of saying, by form (lower case). */
    static final Set<String> SPEECH_VERBS = set("said", "says", "say", "saying", "told", "tells", "tell", "telling",
            "added", "adds", "stated", "states", "explained", "explains", "asked", "asks", "noted", "notes",
            "commented", "comments", "wrote", "writes", "announced", "announces", "continued", "continues",
            "confirmed", "confirms", "insisted", "insists", "warned", "warns", "claimed", "claims", "replied",
            "replies", "remarked", "argued", "argues", "declared", "declares", "stressed", "stresses",
            "described", "describes", "called", "calls", "predicted", "predicts", "admitted", "admits",
            "acknowledged", "acknowledges", "urged", "urges", "responded", "responds", "emphasised",
            "emphasized", "concluded", "observed", "recalled", "conceded", "concedes", "suggested", "suggests",
            "believes", "believed", "thinks", "thought", "shouted", "wrote", "tweeted", "posted", "quipped",
            "joked", "pointed", "expects", "expected", "hopes", "hoped", "promised", "promises", "vowed",
            "vows", "reiterated", "reported", "reports", "estimated", "estimates", "indicated", "indicates",
            "announcing", "adding", "explaining", "noting", "warning", "describing", "according",
            // Verbs that report an evaluation in someone's words ("praised X as "a man of integrity"").
            "praised", "praises", "criticised", "criticized", "criticises", "criticizes", "dismissed", "welcomed",
            "hailed", "condemned", "blamed", "accused", "pleaded", "mouthed");

    /** Nouns an organisation is referred back to by ("the company said"). */
    static final Set<String> ORG_NOUNS = set("company", "firm", "group", "carrier", "airline", "automaker",
            "carmaker", "manufacturer", "maker", "bank", "agency", "ministry", "department", "government",
            "organisation", "organization", "corporation", "business", "club", "team", "party", "union",
            "council", "committee", "commission", "board", "retailer", "insurer", "lender", "giant",
            "conglomerate", "network", "broadcaster", "newspaper", "statement", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "representative");

    private static Set<String> set(String... w) { return Set.copyOf(java.util.Arrays.asList(w)); }

    static boolean isRoleNoun(String w) { return ROLE_NOUNS.contains(lc(w)); }

    static boolean isSpeechVerb(String w) { return SPEECH_VERBS.contains(lc(w)); }

    static String lc(String w) { return w.toLowerCase(Locale.ROOT); }

    static boolean capitalised(String w) { return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)); }
}
