using System;
using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>
    /// The English function words the rules reason with: copulas, negations, list words, contrasts. These are
    /// grammar, not domain facts, so they live in code; models and terms live in the catalog.
    /// </summary>
    internal static class Lexicon
    {
        public static readonly WordSet Copulas = new WordSet("is", "was", "are", "were", "remains", "remain", "becomes", "become", "'s");
        public static readonly WordSet Determiners = new WordSet("a", "an", "the", "our", "your", "my", "their", "its", "this", "that", "one", "another", "some", "any", "each", "every", "his", "her");
        public static readonly WordSet Negations = new WordSet("not", "never", "no", "neither", "nor", "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t", "don't", "doesn't", "didn't", "cannot", "can't", "won't", "hardly", "nothing", "none");
        public static readonly WordSet Hedges = new WordSet("wrongly", "mistakenly", "incorrectly", "erroneously", "falsely", "loosely", "sometimes", "often", "commonly", "misleadingly");
        public static readonly WordSet Conditionals = new WordSet("if", "whether", "unless", "assuming", "suppose", "supposing");
        public static readonly WordSet ListJoiners = new WordSet("and", "or", "&", "nor");
        public static readonly WordSet Contrasts = new WordSet("unlike", "besides", "except", "excluding", "than", "vs", "versus", "beside");
        public static readonly WordSet ContrastPhraseHeads = new WordSet("apart", "aside", "other", "rather", "instead", "compared", "contrast", "opposed");
        public static readonly WordSet ListIntroducers = new WordSet("like", "including", "includes", "include", "especially", "notably", "namely", "particularly", "e.g", "eg", "i.e", "ie");
        public static readonly WordSet Auxiliaries = new WordSet("is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "has", "had", "runs", "ran");
        public static readonly WordSet Adverbs = new WordSet("simply", "just", "basically", "essentially", "really", "actually", "always", "all", "also", "effectively", "technically", "merely", "still", "now", "already", "literally", "truly", "indeed", "both", "itself");

        /// <summary>Words that cannot sit between an article and its noun, so they end an "is a … LLM" phrase.</summary>
        public static readonly WordSet PhraseBreakers = new WordSet(
            "than", "that", "which", "who", "whom", "whose", "to", "for", "by", "with", "without", "of", "in", "on", "at", "from",
            "into", "onto", "via", "per", "about", "after", "before", "and", "or", "but", "nor", "so", "as", "like", "not", "never",
            "no", "if", "when", "while", "where", "because", "since", "then", "is", "was", "are", "were", "be", "been", "being",
            "it", "they", "we", "you", "he", "she", "i", "what", "how", "why", "using", "used", "called", "named", "through",
            "behind", "between", "instead", "rather", "unlike", "plus", "than", "until", "within", "inside", "outside", "upon");

        /// <summary>Nouns that make "the Whisper LLM pipeline" a compound about two things, not a name for one.</summary>
        public static readonly WordSet CompoundHeads = new WordSet(
            "pipeline", "pipelines", "prompt", "prompts", "workflow", "workflows", "chain", "chains", "integration", "integrations",
            "stack", "combo", "combination", "tandem", "pair", "duo", "bridge", "handoff", "router", "orchestration", "gateway", "gateways",
            "endpoint", "endpoints", "api", "apis", "adapter", "adapters", "connector", "connectors", "plugin", "plugins", "glue", "setup");

        /// <summary>Copula-like verbs that classify their object: "Whisper serves as an LLM".</summary>
        public static readonly WordSet ClassifyingVerbs = new WordSet("serves", "serve", "acts", "act", "works", "work", "functions", "function", "counts", "count", "qualifies", "qualify");

        /// <summary>Words after which a classification is hypothetical or reported: "called", "considered".</summary>
        public static readonly WordSet Naming = new WordSet("called", "named", "dubbed", "considered", "classified", "described", "labeled", "labelled", "marketed", "branded", "known", "treated", "used", "deployed", "hosted", "run", "served");

        /// <summary>Quantifiers that make a statement about some members only: "some foundation models are LLMs" is true.</summary>
        public static readonly WordSet PartialQuantifiers = new WordSet("some", "many", "most", "several", "certain", "few", "various", "numerous", "modern", "popular", "these", "those", "such");

        /// <summary>Words that say two things are the same.</summary>
        public static readonly WordSet Sameness = new WordSet("same", "synonyms", "synonymous", "interchangeable", "equivalent", "identical", "equal");

        /// <summary>Prepositions: a model after one is its object ("the wrapper around SDXL"), not a subject.</summary>
        public static readonly WordSet Prepositions = new WordSet(
            "of", "for", "around", "about", "from", "with", "without", "by", "behind", "in", "on", "to", "into", "onto", "over", "under", "via",
            "between", "through", "against", "toward", "towards", "atop", "above", "below", "beside", "near", "inside", "outside", "within", "per");

        public static readonly WordSet Abbreviations = new WordSet("e.g", "i.e", "a.k.a", "aka", "etc", "vs", "approx", "cf", "dr", "mr", "mrs", "ms", "inc", "ltd", "co", "fig", "no", "st", "al", "et");
    }

    /// <summary>A small case-insensitive set of words, looked up by range without allocating.</summary>
    internal sealed class WordSet
    {
        private readonly string[][] _byLength;

        public WordSet(params string[] words)
        {
            int max = 0;
            foreach (string word in words)
            {
                max = Math.Max(max, word.Length);
            }

            var lists = new List<string>[max + 1];
            foreach (string word in words)
            {
                (lists[word.Length] ??= new List<string>()).Add(word);
            }

            _byLength = new string[max + 1][];
            for (int i = 0; i <= max; i++)
            {
                _byLength[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
            }
        }

        public bool Contains(string text, int start, int length)
        {
            if (length >= _byLength.Length)
            {
                return false;
            }

            foreach (string word in _byLength[length])
            {
                if (TextFold.EqualsIgnoreCase(text, start, length, word))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Contains(string text, Token token) => Contains(text, token.Start, token.Length);
    }
}
