namespace TermLint.Prose
{
    /// <summary>
    /// The English function words and phrases the rules reason with: copulas, negations, list words, hedges,
    /// contrasts, alias and sameness phrases. These are grammar, not domain facts, so they live here, in one place;
    /// models, kinds, terms and the domain word lists (modalities, training data, regulation) live in the catalog.
    /// </summary>
    internal static class Lexicon
    {
        public static readonly WordSet Copulas = new WordSet("is", "was", "are", "were", "remains", "remain", "becomes", "become", "'s");
        public static readonly WordSet SingularCopulas = new WordSet("is", "was");
        public static readonly WordSet PluralCopulas = new WordSet("are", "were");
        public static readonly WordSet PresentCopulas = new WordSet("is", "are");
        public static readonly WordSet Perfects = new WordSet("has", "have", "had");
        public static readonly WordSet Determiners = new WordSet("a", "an", "the", "our", "your", "my", "their", "its", "this", "that", "one", "another", "some", "any", "each", "every", "his", "her");
        public static readonly WordSet IndefiniteArticles = new WordSet("a", "an");
        public static readonly WordSet Negations = new WordSet("not", "never", "no", "neither", "nor", "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t", "don't", "doesn't", "didn't", "cannot", "can't", "won't", "hardly", "nothing", "none");
        public static readonly WordSet Hedges = new WordSet("wrongly", "mistakenly", "incorrectly", "erroneously", "falsely", "loosely", "sometimes", "often", "commonly", "misleadingly");
        public static readonly WordSet Conditionals = new WordSet("if", "whether", "unless", "assuming", "suppose", "supposing");
        public static readonly WordSet ListJoiners = new WordSet("and", "or", "&", "nor");
        public static readonly WordSet Contrasts = new WordSet("unlike", "besides", "except", "excluding", "than", "vs", "versus", "beside");
        public static readonly WordSet ContrastPhraseHeads = new WordSet("apart", "aside", "other", "rather", "instead", "compared", "contrast", "opposed");
        public static readonly WordSet ContrastLinks = new WordSet("than", "from", "of", "to", "with");
        public static readonly WordSet ListIntroducers = new WordSet("like", "including", "includes", "include", "especially", "notably", "namely", "particularly", "specifically", "e.g", "eg", "i.e", "ie");
        public static readonly WordSet Auxiliaries = new WordSet("is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "has", "had", "runs", "ran");
        public static readonly WordSet Adverbs = new WordSet("simply", "just", "basically", "essentially", "really", "actually", "always", "all", "also", "effectively", "technically", "merely", "still", "now", "already", "literally", "truly", "indeed", "both", "itself");
        public static readonly WordSet EmphasisAdverbs = new WordSet("simply", "just", "basically", "really", "essentially");

        /// <summary>Adverbs that end a noun phrase rather than being modified by it: "use an LLM here".</summary>
        public static readonly WordSet ClauseAdverbs = new WordSet("here", "there", "today", "instead", "too", "again", "first", "later", "locally", "remotely", "everywhere", "anywhere", "once", "twice");

        /// <summary>Words that cannot sit between an article and its noun, so they end an "is a … LLM" phrase.</summary>
        public static readonly WordSet PhraseBreakers = new WordSet(
            "than", "that", "which", "who", "whom", "whose", "to", "for", "by", "with", "without", "of", "in", "on", "at", "from",
            "into", "onto", "via", "per", "about", "after", "before", "and", "or", "but", "nor", "so", "as", "like", "not", "never",
            "no", "if", "when", "while", "where", "because", "since", "then", "is", "was", "are", "were", "be", "been", "being",
            "it", "they", "we", "you", "he", "she", "i", "what", "how", "why", "using", "used", "called", "named", "through",
            "behind", "between", "instead", "rather", "unlike", "plus", "than", "until", "within", "inside", "outside", "upon");

        /// <summary>Contractions that end in 's but own nothing: "it's an LLM".</summary>
        public static readonly WordSet ContractedCopulas = new WordSet("it's", "that's", "what's", "there's");

        /// <summary>Copula-like verbs that classify their object: "Whisper serves as an LLM".</summary>
        public static readonly WordSet ClassifyingVerbs = new WordSet("serves", "serve", "acts", "act", "works", "work", "functions", "function", "counts", "count", "qualifies", "qualify");

        /// <summary>Words after which a classification is hypothetical or reported: "called", "considered".</summary>
        public static readonly WordSet Naming = new WordSet("called", "named", "dubbed", "considered", "classified", "described", "labeled", "labelled", "marketed", "branded", "known", "treated", "used", "deployed", "hosted", "run", "served");

        /// <summary>"an LLM called Whisper", "an LLM named Whisper".</summary>
        public static readonly WordSet NamedBy = new WordSet("called", "named");

        /// <summary>"such as", "as well as", "the same as": an "as" that is not "X serves as an LLM".</summary>
        public static readonly WordSet AsCompounds = new WordSet("such", "well", "same");

        /// <summary>Nouns of a family of models: "the OpenAI LLM family", "the LLM series".</summary>
        public static readonly WordSet FamilyNouns = new WordSet("family", "families", "series", "lineup", "line-up", "line");

        /// <summary>"part of", "a member of" a family.</summary>
        public static readonly WordSet MembershipNouns = new WordSet("part", "member", "members");

        public static readonly WordSet BelongVerbs = new WordSet("belongs", "belong", "belonged");

        /// <summary>"one of the LLMs", "another of the LLMs".</summary>
        public static readonly WordSet OneOf = new WordSet("one", "another");

        /// <summary>Quantifiers that make a statement about some members only: "some foundation models are LLMs" is true.</summary>
        public static readonly WordSet PartialQuantifiers = new WordSet("some", "many", "most", "several", "certain", "few", "various", "numerous", "modern", "popular", "these", "those", "such");

        /// <summary>Determiners that make a singular noun phrase speak of its whole class: "a foundation model is…", "every LLM".</summary>
        public static readonly WordSet WholeClassDeterminers = new WordSet("a", "an", "all", "every", "each", "any", "because", "since");

        public static readonly WordSet EveryEach = new WordSet("every", "each");

        /// <summary>Words that say two things are the same.</summary>
        public static readonly WordSet Sameness = new WordSet("same", "synonyms", "synonymous", "interchangeable", "equivalent", "identical", "equal");

        /// <summary>Prepositions: a model after one is its object ("the wrapper around SDXL"), not a subject.</summary>
        public static readonly WordSet Prepositions = new WordSet(
            "of", "for", "around", "about", "from", "with", "without", "by", "behind", "in", "on", "to", "into", "onto", "over", "under", "via",
            "between", "through", "against", "toward", "towards", "atop", "above", "below", "beside", "near", "inside", "outside", "within", "per");

        public static readonly WordSet Abbreviations = new WordSet("e.g", "i.e", "a.k.a", "aka", "etc", "vs", "approx", "cf", "dr", "mr", "mrs", "ms", "inc", "ltd", "co", "fig", "no", "st", "al", "et");

        /// <summary>Relative pronouns that open a clause about the noun before them: "Whisper, which is…".</summary>
        public static readonly WordSet RelativePronouns = new WordSet("which", "that", "who");

        /// <summary>Pronouns that open a non-restrictive clause between commas: "Whisper, which we self-host, is…".</summary>
        public static readonly WordSet NonRestrictiveOpeners = new WordSet("which", "who", "whose");

        public static readonly WordSet ModelNouns = new WordSet("model", "models");

        /// <summary>Nouns after a model name that still name the model: "the Whisper model is", "the Whisper family".</summary>
        public static readonly WordSet ModelHeadNouns = new WordSet("model", "models", "family", "checkpoint", "variant", "release");

        /// <summary>Words that report a claim rather than make it: "some say", "it is a myth that".</summary>
        public static readonly WordSet Reporting = new WordSet(
            "say", "says", "claim", "claims", "think", "thinks", "believe", "believes", "myth", "misconception", "assume", "assumes", "suggest", "suggests",
            "saying", "claiming", "thinking", "believing", "suggesting", "arguing", "pretending", "insisting", "stating");

        /// <summary>Conjunctions that turn a sentence against what came before: "…, but it is not".</summary>
        public static readonly WordSet Turns = new WordSet("but", "however", "although", "though", "yet");

        public static readonly WordSet Wrong = new WordSet("wrong", "incorrect", "false", "mistaken");

        public static readonly WordSet MistakeNouns = new WordSet("mistake", "myth", "misconception");

        /// <summary>Restrictive words that make training data the only data: "trained only on X-rays".</summary>
        public static readonly WordSet Restrictive = new WordSet("only", "solely", "exclusively", "purely", "entirely", "just", "strictly");

        /// <summary>"nothing but", "nothing except": a restriction, not a negation.</summary>
        public static readonly WordSet Exceptives = new WordSet("but", "except");

        /// <summary>A cut-off in time: "data up to 2024", "until March".</summary>
        public static readonly WordSet TimeLimits = new WordSet("until", "through", "before", "after", "since");

        /// <summary>Prepositions that open a complement naming a field: "a foundational model in cybersecurity".</summary>
        public static readonly WordSet ComplementPrepositions = new WordSet("in", "of", "for", "within", "across");

        /// <summary>Prepositions that attach a short modifier to a noun: "our foundation model for wind turbines".</summary>
        public static readonly WordSet ModifierPrepositions = new WordSet("for", "of", "in");

        public static readonly WordSet PronounSubjects = new WordSet("it", "this");

        /// <summary>Title words that may stand between capitalised words of a name: "Center for Research on Foundation Models".</summary>
        public static readonly WordSet TitleGlue = new WordSet("on", "of", "for", "and", "the", "in", "to");

        /// <summary>Joints that may start a clause with a new subject: "…, and the GPT-4o LLM…".</summary>
        public static readonly WordSet ClauseJoints = new WordSet("and", "but", "while", "whereas", "then", "that", "which", "after", "before", "once");

        public static readonly WordSet AndThen = new WordSet("and", "then");

        /// <summary>The commonest English function words: a sentence with more of them than of another language's is English.</summary>
        public static readonly WordSet EnglishFunctionWords = new WordSet(
            "the", "a", "an", "is", "are", "was", "were", "of", "to", "and", "for", "with", "in", "on", "we", "our", "this", "that", "it",
            "be", "by", "you", "your", "from", "as", "at", "can", "will", "not", "or", "which", "has", "have", "their", "its", "these", "use");

        /// <summary>Adverbs that order events: after "Whisper, an LLM" one starts a new clause ("…, an LLM then tags it").</summary>
        public static readonly WordSet SequenceAdverbs = new WordSet("then", "next", "later", "afterwards", "afterward", "finally", "subsequently", "now");

        /// <summary>
        /// Words that may open a short clause between a subject and its verb: "The LLM we use is…", "The LLM in this app
        /// is…", "The LLM behind the chat is…".
        /// </summary>
        public static readonly WordSet SubjectClauseOpeners = new WordSet(
            "that", "which", "we", "you", "they", "i", "in", "on", "behind", "for", "of", "inside", "at", "here", "used", "chosen", "picked",
            "selected", "configured", "deployed", "hosted", "currently");

        /// <summary>Words that say a model does more than language already: "an LLM that can also see images".</summary>
        public static readonly WordSet AlsoWords = new WordSet("also", "too", "both");

        /// <summary>Owners that make "LLM's" a possessive ("the LLM's answer") rather than a plural.</summary>
        public static readonly WordSet Possessors = new WordSet("the", "a", "an", "this", "that", "our", "your", "its", "their", "each", "every", "one", "any");

        /// <summary>Words before a noun that ask for a plural: "many LLM's" is a plural written with an apostrophe.</summary>
        public static readonly WordSet PluralQuantifiers = new WordSet(
            "many", "most", "some", "all", "these", "those", "other", "several", "various", "multiple", "few", "both", "different",
            "two", "three", "four", "five", "ten", "numerous", "such", "current", "modern", "foundational", "popular", "open-source", "proprietary", "which");

        /// <summary>Words after a noun that ask for a plural subject: "LLM's are…".</summary>
        public static readonly WordSet PluralVerbs = new WordSet(
            "are", "were", "have", "do", "don't", "aren't", "weren't", "haven't", "tend", "need", "generate", "hallucinate", "make", "use", "require", "produce", "perform", "struggle", "often", "still", "also");

        /// <summary>Glosses inside parentheses: "foundation models (or LLMs)", "(aka LLMs)".</summary>
        public static readonly WordSet GlossOpeners = new WordSet("or", "aka", "a.k.a", "i.e", "ie");

        /// <summary>Verbs that make a term's class contain another: the reversed relation "LLMs include foundation models".</summary>
        public static readonly WordSet InclusionVerbs = new WordSet("include", "includes", "encompass", "encompasses", "contain");

        /// <summary>Verbs that equate their subject with what follows: "is", "means", "refers to", "stands for".</summary>
        public static readonly WordSet EquatingVerbs = new WordSet("is", "are", "means", "mean", "refers", "stands");

        public static readonly WordSet MeaningVerbs = new WordSet("means", "mean");

        public static readonly WordSet PointingVerbs = new WordSet("refers", "stands");

        public static readonly WordSet PointingLinks = new WordSet("to", "for");

        /// <summary>"LLMs are a superset of foundation models": the reversed relation, from the LLM side.</summary>
        public static readonly WordSet SupersetNouns = new WordSet("superset", "generalization", "generalisation");

        /// <summary>"Foundation models are a type of LLM".</summary>
        public static readonly WordSet SubtypeNouns = new WordSet("type", "kind", "form", "subset", "class", "category", "subtype");

        public static readonly WordSet Interchangeably = new WordSet("interchangeably", "synonymously");

        /// <summary>Words that report or criticise a usage rather than adopt it: "many people use X and Y interchangeably, but…".</summary>
        public static readonly WordSet ReportedUsage = new WordSet(
            "but", "however", "although", "though", "avoid", "don't", "never", "wrong", "wrongly", "mistake", "mistakenly", "incorrect", "incorrectly",
            "confuse", "confuses", "confused", "confusing", "people", "many", "some", "often", "used", "misuse", "misused", "should", "not");

        /// <summary>"such as", the list introducer of two words.</summary>
        public static readonly PhraseList SuchAs = new PhraseList("such as");

        /// <summary>Phrases that introduce another name for the same thing: "also known as", "aka", "i.e.", "in other words".</summary>
        public static readonly PhraseList AliasPhrases = new PhraseList(
            "in other words", "also known as", "otherwise known as", "sometimes known as", "commonly known as", "better known as", "more known as",
            "also called", "otherwise called", "sometimes called", "commonly called", "better called", "more called",
            "also named", "otherwise named", "sometimes named", "commonly named", "better named", "more named",
            "also termed", "otherwise termed", "sometimes termed", "commonly termed", "better termed", "more termed",
            "known as", "aka", "a.k.a", "i.e", "ie", "that is ,", "or simply", "or just");

        /// <summary>"are also called LLMs", "are also known as LLMs", "are referred to as LLMs": naming after a copula.</summary>
        public static readonly PhraseList CalledPhrases = new PhraseList("called", "termed", "known as", "referred to as");

        /// <summary>Phrases that equate what comes before with what comes after: "the same as", "another name for".</summary>
        public static readonly PhraseList SamenessPhrases = new PhraseList(WithOptionalLead(
            new[] { "the", "a", "just", "simply" },
            "same as", "another name for", "other name for", "another word for", "other word for", "another term for", "other term for",
            "synonym for", "synonym of", "name for", "name of", "equivalent to", "identical to", "equal to", "synonymous with"));

        /// <summary>"no difference between a foundation model and an LLM".</summary>
        public static readonly PhraseList DifferenceBetween = new PhraseList("no difference between");

        /// <summary>Each phrase as written and after each of <paramref name="leads"/>: "same as", "the same as", "just the same as"…</summary>
        private static string[] WithOptionalLead(string[] leads, params string[] phrases)
        {
            var all = new string[phrases.Length * (leads.Length + 1)];
            int n = 0;
            foreach (string phrase in phrases)
            {
                all[n++] = phrase;
                foreach (string lead in leads)
                {
                    all[n++] = lead + " " + phrase;
                }
            }

            return all;
        }
    }
}
