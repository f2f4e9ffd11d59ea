using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// A copula or a classifying verb makes the model the term: "Whisper is an LLM", "Since SDXL is an LLM",
    /// "Whisper, which is an LLM", "use Whisper as an LLM", "Whisper is used as an LLM", "Whisper serves as an LLM",
    /// "Whisper is called an LLM", "Whisper is one of the LLMs we host". A negated, hedged, hypothetical, listed,
    /// reported or retracted copula vetoes the claim: "Whisper is not an LLM", "Some say Whisper is an LLM".
    /// </summary>
    internal sealed class CopulaClass : ClassShape
    {
        public static readonly CopulaClass Instance = new CopulaClass();

        private CopulaClass() : base(nameof(CopulaClass)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            bool family = s.Is(t + 1, Lexicon.FamilyNouns);
            int subject = family ? FamilySubject(s, term.Start) : -1;
            if (subject < 0)
            {
                family = false;
                subject = Subject(s, term.Start, term.Determiner);
            }

            if (subject < 0)
            {
                return NoMatch;
            }

            bool made = !Stance.NegatedOrHedged(s, subject, t) && !Stance.SubjectIsHypotheticalOrListed(s, subject) && !s.Is(t + 1, "or")
                && (family || NounPhrases.IsHead(s, t)) && !Stance.DeniedLater(s, t) && !Stance.Reported(s, subject);
            return made ? subject : Veto;
        }

        /// <summary>
        /// "The DALL-E models are part of the OpenAI LLM family", "Whisper is a member of the LLM family", "Whisper belongs
        /// to the LLM family": membership of the term's family classifies the model.
        /// </summary>
        private static int FamilySubject(Sentence s, int start)
        {
            int verb = start - 1;
            if (s.Is(verb, "of") && s.Is(verb - 1, Lexicon.MembershipNouns))
            {
                verb = SkipModifiers(s, verb - (s.Is(verb - 2, Lexicon.IndefiniteArticles) ? 3 : 2));
                return s.Is(verb, Lexicon.Copulas) ? Subjects.ModelBefore(s, verb) : -1;
            }

            return s.Is(verb, "to") && s.Is(verb - 1, Lexicon.BelongVerbs) ? Subjects.ModelBefore(s, verb - 1) : -1;
        }

        /// <summary>The model that a copula-like verb before the noun phrase at <paramref name="start"/> makes its subject, or -1.</summary>
        private static int Subject(Sentence s, int start, int determiner)
        {
            int verb = SkipModifiers(s, start - 1);

            // "Whisper is one of the LLMs we host": the member of a group is classified by it ("one of the LLM
            // options" is not: the group there is the options).
            if (s.Is(verb, "of") && s.Is(verb - 1, Lexicon.OneOf))
            {
                if (s[start].Term == null && !PluralTermAfter(s, start))
                {
                    return -1;
                }

                verb = SkipModifiers(s, verb - 2);
            }

            // "Stable Diffusion is a type of LLM", "Whisper is a kind of large language model": a subtype of the class.
            if (s.Is(verb, "of") && s.Is(verb - 1, Lexicon.SubtypeNouns) && s[start].Term != null)
            {
                verb = SkipModifiers(s, verb - (s.Is(verb - 2, Lexicon.IndefiniteArticles) ? 3 : 2));
            }

            if (s.Is(verb, "as"))
            {
                return AsSubject(s, verb, determiner);
            }

            if (s.Is(verb, Lexicon.Naming))
            {
                verb = SkipModifiers(s, verb - 1);
            }

            return s.Is(verb, Lexicon.Copulas) ? Subjects.ModelBefore(s, verb) : -1;
        }

        /// <summary>"use Whisper as an LLM", "Whisper serves as an LLM", "Whisper is deployed as an LLM".</summary>
        private static int AsSubject(Sentence s, int verb, int determiner)
        {
            if (determiner < 0 || s.Is(verb - 1, Lexicon.AsCompounds))
            {
                return -1;
            }

            int direct = Subjects.ModelBefore(s, verb);
            if (direct >= 0)
            {
                // "Registering SDXL as an LLM throws…": a gerund names the (wrong) act; it does not claim it.
                return IsGerund(s, direct - 1) ? -1 : direct;
            }

            verb--;
            if (!s.Is(verb, Lexicon.ClassifyingVerbs) && !s.Is(verb, Lexicon.Naming))
            {
                return -1;
            }

            int beforeVerb = verb - 1;
            while (s.Is(beforeVerb, Lexicon.Adverbs) || s.Is(beforeVerb, Lexicon.Hedges))
            {
                beforeVerb--;
            }

            return s.Is(beforeVerb, Lexicon.Copulas) ? Subjects.ModelBefore(s, beforeVerb) : Subjects.ModelBefore(s, verb);
        }

        private static int SkipModifiers(Sentence s, int i)
        {
            while (s.Is(i, Lexicon.Adverbs) || s.IsNegation(i) || s.Is(i, Lexicon.Hedges))
            {
                i--;
            }

            return i;
        }

        private static bool IsGerund(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            var e = s[i];
            return e.End - e.Start > 4 && s.Text[e.End - 1] == 'g' && s.Text[e.End - 2] == 'n' && s.Text[e.End - 3] == 'i';
        }

        private static bool PluralTermAfter(Sentence s, int start)
        {
            for (int i = start; s.InRange(i) && i <= start + 4; i++)
            {
                if (s[i].Term is { } found)
                {
                    return found.IsPlural;
                }
            }

            return false;
        }
    }
}
