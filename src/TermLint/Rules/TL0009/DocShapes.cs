using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// One named way the first sentence of a doc part calls the documented thing an LLM. The documented thing is the
    /// implicit subject of a doc fragment ("The LLM behind semantic search." documents a member), so the term must
    /// head the phrase the part opens with. Returns the term's element, or -1.
    /// </summary>
    internal abstract class DocShape
    {
        protected DocShape(string name) => Name = name;

        public string Name { get; }

        public abstract int Match(Sentence s, DocPartKind part);

        public override string ToString() => Name;

        /// <summary>
        /// The LLM term that heads the noun phrase starting at <paramref name="from"/>: an optional determiner, at most
        /// two plain words ("the underlying", "our hosted"), the term. Not a possessive ("the LLM's answer" is about
        /// the answer), not "language model" (a text encoder is one), not after a word that makes it another thing
        /// ("the other LLM", "the chat LLM").
        /// </summary>
        protected static int TermAt(Sentence s, int from)
        {
            int i = from;
            if (s.Is(i, DocWords.Determiners))
            {
                i++;
            }

            for (int words = 0; words <= 2; words++, i++)
            {
                if (s.IsLlmTerm(i))
                {
                    bool languageModel = s[i].Term!.Role == TermRole.LanguageModel;
                    return languageModel || s[i].IsPossessive ? -1 : i;
                }

                if (!s.IsWord(i) || s[i].IsPossessive || s.Is(i, DocWords.AnotherThing) || s.Is(i, Lexicon.Determiners) || s.Is(i, Lexicon.Negations)
                    || s.Is(i, Lexicon.Prepositions) || s.Is(i, Lexicon.Copulas) || s.Is(i, Lexicon.ListJoiners))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether what follows the term keeps it the name of the documented thing: the end of the fragment, a
        /// punctuation mark, a preposition, a relative pronoun or a participle ("…LLM behind", "…LLM that", "…LLM
        /// used"), or a noun that names the thing as a client of it (<paramref name="client"/>: "LLM client").
        /// "The LLM answers…" (a verb) and "LLM responses…" (another noun) say something about another thing.
        /// </summary>
        protected static bool Describes(Sentence s, int next, out bool client)
        {
            client = false;
            if (!s.InRange(next))
            {
                return true;
            }

            if (s.IsPunct(next))
            {
                char c = s.Text[s[next].Start];
                return c == '.' || c == ',' || c == ':' || c == ';' || c == '(' || c == '\u2013' || c == '\u2014';
            }

            if (s.IsListed(next, s.Catalog.WordList(WordListNames.ClientHeads)))
            {
                client = true;
                return true;
            }

            return s.Is(next, Lexicon.Prepositions) || s.Is(next, Lexicon.RelativePronouns) || s.Is(next, DocWords.Participles);
        }
    }

    /// <summary>
    /// A part that opens with the term, as the name of the thing: "The LLM behind semantic search." opening a summary
    /// or a value (<c>TermOpensSummary</c>); <c>&lt;param name="model"&gt;The LLM model&lt;/param&gt;</c> or
    /// <c>&lt;returns&gt;The LLM that…&lt;/returns&gt;</c> (<c>TermOpensParam</c>).
    /// </summary>
    internal sealed class TermOpensPart : DocShape
    {
        private readonly DocPartKind _first;
        private readonly DocPartKind _second;

        public TermOpensPart(string name, DocPartKind first, DocPartKind second) : base(name)
        {
            _first = first;
            _second = second;
        }

        public override int Match(Sentence s, DocPartKind part)
        {
            if (part != _first && part != _second)
            {
                return -1;
            }

            int t = TermAt(s, 0);
            return t >= 0 && Describes(s, t + 1, out bool client) && !client ? t : -1;
        }
    }

    /// <summary>"LLM client for the avatar service.", "An LLM service that draws the covers.": the thing is a client of an LLM.</summary>
    internal sealed class TermClient : DocShape
    {
        public TermClient() : base(nameof(TermClient)) { }

        public override int Match(Sentence s, DocPartKind part)
        {
            if (part == DocPartKind.Other)
            {
                return -1;
            }

            int t = TermAt(s, 0);
            return t >= 0 && Describes(s, t + 1, out bool client) && client ? t : -1;
        }
    }

    /// <summary>"Returns the LLM that creates the avatars.", "Gets or sets the LLM used for search.", "Represents an LLM client.".</summary>
    internal sealed class AccessorThenTerm : DocShape
    {
        public AccessorThenTerm() : base(nameof(AccessorThenTerm)) { }

        public override int Match(Sentence s, DocPartKind part)
        {
            if (part != DocPartKind.Summary && part != DocPartKind.Value)
            {
                return -1;
            }

            int verb = s.Is(0, "gets") && s.Is(1, "or") && s.Is(2, "sets") ? 3 : s.Is(0, DocWords.Accessors) ? 1 : 0;
            if (verb == 0 || !s.Is(verb, DocWords.Determiners))
            {
                return -1;
            }

            int t = TermAt(s, verb);
            return t >= 0 && Describes(s, t + 1, out _) ? t : -1;
        }
    }

    /// <summary>The grammar words of TL0009's shapes (English, not domain knowledge: the client nouns are a catalog list).</summary>
    internal static class DocWords
    {
        /// <summary>Determiners that name the documented thing itself ("its LLM" would be another thing's).</summary>
        public static readonly WordSet Determiners = new WordSet("the", "a", "an", "this", "our", "your");

        /// <summary>Words before the term that make it another thing than the documented one: "the other LLM", "the chat LLM".</summary>
        public static readonly WordSet AnotherThing = new WordSet(
            "other", "another", "same", "separate", "second", "chat", "conversational", "calling", "upstream", "downstream", "previous", "next",
            "answering", "main", "primary", "parent", "external");

        /// <summary>Verbs a doc summary opens with to say what a member gives or is.</summary>
        public static readonly WordSet Accessors = new WordSet("returns", "gets", "sets", "creates", "builds", "provides", "exposes", "represents", "wraps", "implements", "defines");

        /// <summary>Participles that keep the term the head of a descriptive fragment: "the LLM used for…".</summary>
        public static readonly WordSet Participles = new WordSet(
            "used", "configured", "selected", "deployed", "hosted", "chosen", "registered", "exposed", "wrapped", "backing", "powering", "serving",
            "responsible", "running", "behind");
    }
}
