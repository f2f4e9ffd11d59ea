using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0004: "foundation model" and "LLM" are equated, or the relation is reversed — "foundation models (LLMs)",
    /// "LLM, also known as foundation model", "a foundation model is simply an LLM", "all foundation models are
    /// LLMs", "foundation models and LLMs are the same thing". Silent on the true direction ("every LLM is a
    /// foundation model"), on partial quantifiers ("some foundation models are LLMs"), negations and questions.
    /// No fix: which word the author meant cannot be known.
    /// </summary>
    internal sealed class TermsEquatedRule : IRule
    {
        public string Id => RuleIds.TermsEquated;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion)
            {
                return;
            }

            for (int a = 0; a < s.Count; a++)
            {
                bool foundation = s.IsFoundationTerm(a);
                if ((!foundation && !s.IsLlmTerm(a)) || s[a].IsPossessive)
                {
                    continue;
                }

                int b = Equated(s, a, foundation);
                if (b >= 0)
                {
                    findings.Add(new Finding(Id, s[b].Start, s[b].IsPossessive ? s[b].End - 2 : s[b].End, new[] { s.TermTextOf(a), s.TermTextOf(b) }));
                    a = b;
                }
            }
        }

        private static bool IsOther(Sentence s, int i, bool firstIsFoundation) =>
            s.InRange(i) && !s[i].IsPossessive && (firstIsFoundation ? s.IsLlmTerm(i) : s.IsFoundationTerm(i));

        /// <summary>The index of the term that the term at <paramref name="a"/> is equated with, or -1.</summary>
        private static int Equated(Sentence s, int a, bool foundation)
        {
            // "foundation models (LLMs)", "LLM (foundation model) settings", "foundation models (or LLMs)".
            if (s.IsPunct(a + 1, '('))
            {
                int i = a + 2;
                if (s.Is(i, "or") || s.Is(i, "aka") || s.Is(i, "a.k.a") || s.Is(i, "i.e") || s.Is(i, "ie"))
                {
                    i++;
                    while (s.IsPunct(i, '.') || s.IsPunct(i, ','))
                    {
                        i++;
                    }
                }

                if (s.Is(i, "a") || s.Is(i, "an"))
                {
                    i++;
                }

                if (IsOther(s, i, foundation) && s.IsPunct(i + 1, ')'))
                {
                    return i;
                }
            }

            // "LLMs, or foundation models, predict…": an "or" apposition closed by a comma.
            if (s.IsPunct(a + 1, ',') && s.Is(a + 2, "or"))
            {
                int o2 = s.Is(a + 3, Lexicon.Determiners) ? a + 4 : a + 3;
                if (IsOther(s, o2, foundation) && (s.IsPunct(o2 + 1, ',') || s.IsPunct(o2 + 1, ')') || s.IsDash(o2 + 1)))
                {
                    return o2;
                }
            }

            // "Foundation models, also known as LLMs,", "LLM, aka foundation model", "Foundation models — that is, LLMs —".
            int k = a + 1;
            if (s.IsPunct(k, ',') || s.IsPunct(k, '(') || s.IsDash(k))
            {
                k++;
            }

            int afterAlias = AliasPhraseEnd(s, k);
            if (afterAlias > k)
            {
                k = afterAlias;
                while (s.IsPunct(k, ',') || s.IsPunct(k, '.'))
                {
                    k++;
                }

                if (s.Is(k, Lexicon.Determiners))
                {
                    k++;
                }

                // "LLMs, i.e. foundation models trained on text" defines a subset; only a bare name equates.
                if (IsOther(s, k, foundation) && (!s.IsWord(k + 1) || s.Is(k + 1, Lexicon.Auxiliaries) || s.Is(k + 1, "and") || s.Is(k + 1, "generate") || s.Is(k + 1, "are")))
                {
                    return k;
                }
            }

            if (Relations.IsContrasted(s, Relations.NounPhraseStart(s, a, out _)))
            {
                return -1;
            }

            // "Foundation models and LLMs are the same thing", "… are synonyms / interchangeable".
            if (s.Is(a + 1, "and") && IsOther(s, a + 2, foundation))
            {
                int v = a + 3;
                if ((s.Is(v, "are") || s.Is(v, "mean")) && SamenessFollows(s, v + 1))
                {
                    return a + 2;
                }
            }

            // "We use foundation model and LLM interchangeably".
            if ((s.Is(a + 1, "and") || s.Is(a + 1, "or") || s.IsPunct(a + 1, '/')) && IsOther(s, a + 2, foundation) && Interchangeably(s, a + 3))
            {
                return a + 2;
            }

            // "Foundation models = LLMs", "Foundation model/LLM: a large neural network…".
            if (s.IsPunct(a + 1, '=') && IsOther(s, a + 2, foundation))
            {
                return a + 2;
            }

            if (s.IsPunct(a + 1, '/') && IsOther(s, a + 2, foundation) && s.IsPunct(a + 3, ':'))
            {
                return a + 2;
            }

            // "There is no difference between a foundation model and an LLM".
            if (s.Is(a - 1, "a") || s.Is(a - 1, "an") ? s.Is(a - 2, "between") && s.Is(a - 3, "difference") : s.Is(a - 1, "between") && s.Is(a - 2, "difference"))
            {
                int other = s.Is(a + 2, "a") || s.Is(a + 2, "an") ? a + 3 : a + 2;
                int difference = s.Is(a - 1, "between") ? a - 2 : a - 3;
                if (s.Is(a + 1, "and") && IsOther(s, other, foundation) && s.Is(difference - 1, "no"))
                {
                    return other;
                }
            }

            int verb = a + 1;
            while (s.Is(verb, "simply") || s.Is(verb, "just") || s.Is(verb, "basically") || s.Is(verb, "really") || s.Is(verb, "essentially"))
            {
                verb++;
            }

            if (!foundation && (s.Is(verb, "include") || s.Is(verb, "includes") || s.Is(verb, "encompass") || s.Is(verb, "encompasses") || s.Is(verb, "contain")))
            {
                // The reversed relation: "LLMs include foundation models".
                int included = s.Is(verb + 1, Lexicon.Determiners) || s.Is(verb + 1, "all") ? verb + 2 : verb + 1;
                return IsOther(s, included, foundation) && !ListsKinds(s, included) && SubjectIsWholeClass(s, a) ? included : -1;
            }

            if (!(s.Is(verb, "is") || s.Is(verb, "are") || s.Is(verb, "means") || s.Is(verb, "mean") || s.Is(verb, "refers") || s.Is(verb, "stands")))
            {
                return -1;
            }

            // "A foundation model is another name for an LLM", "LLM is the same as foundation model", "… means LLM".
            int o = verb + 1;
            while (s.Is(o, Lexicon.Adverbs))
            {
                o++;
            }

            if (Relations.NegatedOrHedged(s, a, o + 1))
            {
                return -1;
            }

            // "Foundation models are also called LLMs", "LLMs are also known as foundation models".
            if ((s.Is(verb, "is") || s.Is(verb, "are")) && (s.Is(o, "called") || s.Is(o, "termed") || (s.Is(o, "known") && s.Is(o + 1, "as")) || (s.Is(o, "referred") && s.Is(o + 1, "to") && s.Is(o + 2, "as"))))
            {
                int named = s.Is(o, "called") || s.Is(o, "termed") ? o + 1 : s.Is(o, "known") ? o + 2 : o + 3;
                if (s.Is(named, Lexicon.Determiners))
                {
                    named++;
                }

                if (IsOther(s, named, foundation))
                {
                    return named;
                }
            }

            // The reversed relation from the LLM side: "LLMs are a superset of foundation models".
            if (!foundation && (s.Is(verb, "is") || s.Is(verb, "are")) && (s.Is(o, "a") || s.Is(o, "the")) && (s.Is(o + 1, "superset") || s.Is(o + 1, "generalization") || s.Is(o + 1, "generalisation")) && s.Is(o + 2, "of"))
            {
                int wider = s.Is(o + 3, Lexicon.Determiners) || s.Is(o + 3, "all") ? o + 4 : o + 3;
                if (IsOther(s, wider, foundation))
                {
                    return wider;
                }
            }

            int sameEnd = SamenessPhraseEnd(s, o);
            if (sameEnd > o || s.Is(verb, "means") || s.Is(verb, "mean") || ((s.Is(verb, "refers") || s.Is(verb, "stands")) && (s.Is(o, "to") || s.Is(o, "for"))))
            {
                int target = sameEnd > o ? sameEnd : (s.Is(o, "to") || s.Is(o, "for") ? o + 1 : o);
                if (s.Is(target, Lexicon.Determiners))
                {
                    target++;
                }

                if (IsOther(s, target, foundation) && !s.IsNegation(target - 1))
                {
                    return target;
                }
            }

            // The reversed relation: "A foundation model is (simply) an LLM", "All foundation models are LLMs".
            if (foundation && (s.Is(verb, "is") || s.Is(verb, "are")) && SubjectIsWholeClass(s, a))
            {
                int target = o;
                if (s.Is(target, Lexicon.Determiners))
                {
                    target++;
                }

                // "Foundation models are a type of LLM".
                if ((s.Is(target, "type") || s.Is(target, "kind") || s.Is(target, "form") || s.Is(target, "subset") || s.Is(target, "class") || s.Is(target, "category") || s.Is(target, "subtype")) && s.Is(target + 1, "of"))
                {
                    target += 2;
                }

                while (s.Is(target, Lexicon.Adverbs))
                {
                    target++;
                }

                if (IsOther(s, target, foundation) && !ListsKinds(s, target) && !Relations.NegatedOrHedged(s, verb, target))
                {
                    return target;
                }
            }

            return -1;
        }

        /// <summary>"a/an/the/all/every/each/any foundation model(s)" or a bare one: a claim about the whole class.</summary>
        private static bool SubjectIsWholeClass(Sentence s, int a)
        {
            int before = a - 1;
            if (!s.InRange(before) || s.IsPunct(before) || s.StartsSentence(a))
            {
                return true;
            }

            if (s.Is(before, Lexicon.PartialQuantifiers) || s.IsNegation(before) || s.IsNegation(before - 1))
            {
                return false;
            }

            // "the foundation model is an LLM" speaks of one model, which may well be an LLM.
            bool wholeClass = s.Is(before, "a") || s.Is(before, "an") || s.Is(before, "all") || s.Is(before, "every") || s.Is(before, "each") || s.Is(before, "any")
                || s.Is(before, "because") || s.Is(before, "since");
            return wholeClass && !s.Is(before - 1, Lexicon.Conditionals) && !s.IsNegation(before - 1);
        }

        /// <summary>"Foundation models are LLMs, image models and audio models": a list of subtypes, not an equation.</summary>
        private static bool ListsKinds(Sentence s, int target)
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
                    if (s.Is(i, "model") || s.Is(i, "models") || s.IsLlmTerm(i) || s.IsFoundationTerm(i))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>"also known as", "aka", "a.k.a.", "also called", "otherwise known as", "known as", "i.e.", "that is", "or simply".</summary>
        private static int AliasPhraseEnd(Sentence s, int i)
        {
            if (s.Is(i, "in") && s.Is(i + 1, "other") && s.Is(i + 2, "words"))
            {
                return i + 3;
            }

            if (s.Is(i, "also") || s.Is(i, "otherwise") || s.Is(i, "sometimes") || s.Is(i, "commonly") || s.Is(i, "better") || s.Is(i, "more"))
            {
                if (s.Is(i + 1, "known") && s.Is(i + 2, "as"))
                {
                    return i + 3;
                }

                if (s.Is(i + 1, "called") || s.Is(i + 1, "named") || s.Is(i + 1, "termed"))
                {
                    return i + 2;
                }
            }

            if (s.Is(i, "known") && s.Is(i + 1, "as"))
            {
                return i + 2;
            }

            if (s.Is(i, "aka") || s.Is(i, "a.k.a") || s.Is(i, "i.e") || s.Is(i, "ie"))
            {
                return i + 1;
            }

            if (s.Is(i, "that") && s.Is(i + 1, "is") && s.IsPunct(i + 2, ','))
            {
                return i + 2;
            }

            if (s.Is(i, "or") && (s.Is(i + 1, "simply") || s.Is(i + 1, "just")))
            {
                return i + 2;
            }

            return i;
        }

        /// <summary>Words that report or criticise a usage rather than adopt it: "many people use X and Y interchangeably, but…".</summary>
        private static readonly WordSet ReportedUsage = new WordSet(
            "but", "however", "although", "though", "avoid", "don't", "never", "wrong", "wrongly", "mistake", "mistakenly", "incorrect", "incorrectly",
            "confuse", "confuses", "confused", "confusing", "people", "many", "some", "often", "used", "misuse", "misused", "should", "not");

        /// <summary>"… interchangeably" or "… synonymously" later in the clause, in the writer's own voice.</summary>
        private static bool Interchangeably(Sentence s, int from)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Is(i, ReportedUsage))
                {
                    return false;
                }
            }

            for (int i = from; s.InRange(i) && i < from + 6; i++)
            {
                if (s.Is(i, "interchangeably") || s.Is(i, "synonymously"))
                {
                    return true;
                }

                if (s.IsNegation(i))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"the same (thing)", "synonyms", "interchangeable", "equivalent", "identical" after a copula.</summary>
        private static bool SamenessFollows(Sentence s, int i)
        {
            while (s.Is(i, Lexicon.Adverbs))
            {
                i++;
            }

            if (s.IsNegation(i))
            {
                return false;
            }

            if (s.Is(i, "the"))
            {
                i++;
            }

            return s.Is(i, Lexicon.Sameness);
        }

        /// <summary>"the same as", "another name for", "a synonym for", "equivalent to", "synonymous with": returns the index after it.</summary>
        private static int SamenessPhraseEnd(Sentence s, int i)
        {
            int start = i;
            if (s.Is(i, "the") || s.Is(i, "a") || s.Is(i, "just") || s.Is(i, "simply"))
            {
                i++;
            }

            if (s.Is(i, "same") && s.Is(i + 1, "as"))
            {
                return i + 2;
            }

            if ((s.Is(i, "another") || s.Is(i, "other")) && (s.Is(i + 1, "name") || s.Is(i + 1, "word") || s.Is(i + 1, "term")) && s.Is(i + 2, "for"))
            {
                return i + 3;
            }

            if ((s.Is(i, "synonym") || s.Is(i, "name")) && (s.Is(i + 1, "for") || s.Is(i + 1, "of")))
            {
                return i + 2;
            }

            if ((s.Is(i, "equivalent") || s.Is(i, "identical") || s.Is(i, "equal")) && s.Is(i + 1, "to"))
            {
                return i + 2;
            }

            if (s.Is(i, "synonymous") && s.Is(i + 1, "with"))
            {
                return i + 2;
            }

            return start;
        }
    }
}
