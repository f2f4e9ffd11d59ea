using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// A term of one class ("foundation model" or an LLM term) and the verb after it, found once for every TL0004
    /// shape: "Foundation models are simply LLMs" has the verb "are" and its object at "LLMs".
    /// </summary>
    internal readonly struct EquationAt
    {
        public EquationAt(Sentence s, int index, bool isFoundation)
        {
            Index = index;
            IsFoundation = isFoundation;
            int verb = index + 1;
            while (s.Is(verb, Lexicon.EmphasisAdverbs))
            {
                verb++;
            }

            Verb = verb;
            int o = verb + 1;
            while (s.Is(o, Lexicon.Adverbs))
            {
                o++;
            }

            Object = o;
            HasEquatingVerb = s.Is(verb, Lexicon.EquatingVerbs);
            IsCopula = s.Is(verb, Lexicon.PresentCopulas);
            Negated = Stance.NegatedOrHedged(s, index, o + 1);
        }

        /// <summary>The first term's element.</summary>
        public int Index { get; }

        /// <summary>Whether the first term is the foundation term (then the other is an LLM term), or an LLM term.</summary>
        public bool IsFoundation { get; }

        /// <summary>The word after the term, past "simply", "just", "basically"…</summary>
        public int Verb { get; }

        /// <summary>The word after the verb, past adverbs.</summary>
        public int Object { get; }

        /// <summary>"is", "are", "means", "mean", "refers", "stands".</summary>
        public bool HasEquatingVerb { get; }

        /// <summary>"is" or "are".</summary>
        public bool IsCopula { get; }

        /// <summary>Whether the claim up to the object is negated or hedged: "are not LLMs", "are often called LLMs".</summary>
        public bool Negated { get; }

        /// <summary>Whether the element is a term of the other class (and not a possessive).</summary>
        public bool IsOther(Sentence s, int i) =>
            s.InRange(i) && !s[i].IsPossessive && (IsFoundation ? s.IsLlmTerm(i) : s.IsFoundationTerm(i));
    }

    /// <summary>The rewrites of a claim the writer may choose from: none, keep one term of a gloss, or swap the terms.</summary>
    internal enum EquationReading
    {
        None,
        KeepOneTerm,
        SwapTerms,
    }

    /// <summary>
    /// One named way of equating the two terms or stating the relation backwards; returns the other term's element,
    /// <see cref="NoMatch"/> to let the next shape try, or <see cref="Veto"/> to end the search for this term.
    /// </summary>
    internal abstract class EquationShape
    {
        public const int NoMatch = -1;
        public const int Veto = -2;

        protected EquationShape(string name) => Name = name;

        public string Name { get; }

        public abstract int Match(Sentence s, in EquationAt eq);

        /// <summary>Which readings a lightbulb may offer for a claim of this shape (see <see cref="TL0004Readings"/>).</summary>
        public virtual EquationReading Reading => EquationReading.None;

        public override string ToString() => Name;

        /// <summary>"a/an/the/all/every/each/any foundation model(s)" or a bare one: a claim about the whole class.</summary>
        protected static bool SubjectIsWholeClass(Sentence s, int a)
        {
            int before = a - 1;

            // "The PaLM 2 for Chat (chat-bison) foundation model is…" names one model before the term.
            if (!s.InRange(before) || (s.IsPunct(before) && !s.IsPunct(before, ')')) || s.StartsSentence(a))
            {
                return true;
            }

            // "The foundation models are LLMs that…": a plural with "the" at the start of a sentence is the class.
            if (s.Is(before, "the") && s.StartsSentence(before) && s[a].Term!.IsPlural)
            {
                return true;
            }

            if (s.Is(before, Lexicon.PartialQuantifiers) || s.IsNegation(before) || s.IsNegation(before - 1))
            {
                return false;
            }

            // "the foundation model is an LLM" speaks of one model, which may well be an LLM.
            return s.Is(before, Lexicon.WholeClassDeterminers) && !s.Is(before - 1, Lexicon.Conditionals) && !s.IsNegation(before - 1);
        }

        /// <summary>"Foundation models are LLMs, image models and audio models": a list of subtypes, not an equation.</summary>
        protected static bool ListsKinds(Sentence s, int target)
        {
            if (s.Is(target + 1, Lexicon.ListJoiners) || s.IsPunct(target + 1, '/'))
            {
                return true;
            }

            // "…are LLMs, image models and…" lists kinds; "Since foundation models are LLMs, we cache them" does not.
            if (s.IsPunct(target + 1, ','))
            {
                for (int i = target + 2; i <= target + 4 && s.InRange(i); i++)
                {
                    if (s.Is(i, Lexicon.ModelNouns) || s.IsLlmTerm(i) || s.IsFoundationTerm(i))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
