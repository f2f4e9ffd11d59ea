using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0009: a doc comment calls the documented thing an LLM, and the code says it works with another kind of model.
    /// "The LLM behind semantic search." on a class that implements <c>IEmbeddingGenerator&lt;,&gt;</c>,
    /// <c>&lt;param name="model"&gt;The LLM model&lt;/param&gt;</c> on a method of <c>ImageClient</c>. The sentence names
    /// no model, so TL0001 cannot see it; the kind comes from the code (the sentence's <see cref="Sentence.Doc"/>).
    /// Only the first sentence of a summary, value, param or returns part is read, through one of the
    /// <see cref="DocShape"/>s; the subject is resolved only then, and an LLM client (or one that is also an LLM
    /// client) is never reported.
    /// </summary>
    internal sealed class TL0009DocumentedThingCalledLlm : IRule
    {
        private static readonly DocShape[] AllShapes =
        {
            new AccessorThenTerm(),
            new TermClient(),
            new TermOpensPart("TermOpensParam", DocPartKind.Param, DocPartKind.Returns),
            new TermOpensPart("TermOpensSummary", DocPartKind.Summary, DocPartKind.Value),
        };

        private static readonly string[] Names = ShapeNamesOf(AllShapes);

        public string Id => RuleIds.DocumentedThingCalledLlm;

        public IReadOnlyList<string> Shapes => Names;

        public void Check(Sentence s, List<Finding> findings)
        {
            var doc = s.Doc;
            if (doc == null || s.LlmTermCount == 0 || s.IsQuestion || s.Count == 0)
            {
                return;
            }

            int part = doc.PartAt(s[0].Start);
            if (part < 0 || doc[part].Kind == DocPartKind.Other || !doc.OpensPart(s.Text, part, s[0].Start))
            {
                return;
            }

            foreach (var shape in AllShapes)
            {
                int t = shape.Match(s, doc[part].Kind);
                if (t < 0)
                {
                    continue;
                }

                if (!CoveredByAnotherRule(s, t, findings))
                {
                    Report(s, t, shape, doc.SubjectOf(part), findings);
                }

                return;
            }
        }

        private void Report(Sentence s, int t, DocShape shape, DocSubject? subject, List<Finding> findings)
        {
            if (subject == null || subject.IsLanguage)
            {
                return;
            }

            var kind = subject.Kind;
            string noun = s[t].Term!.IsPlural ? kind.PluralOrDefault : kind.NounOrDefault;
            var finding = Replacements.ForTerm(s, t, Id, kind.NounOrDefault, kind.PluralOrDefault, new[] { subject.Name, subject.Relation, kind.LabelOrDefault, noun, s.TermTextOf(t) });
            finding.Shape = shape.Name;
            findings.Add(finding);
        }

        /// <summary>"The Whisper LLM behind…": a class rule already reports the term; one diagnostic per term.</summary>
        private static bool CoveredByAnotherRule(Sentence s, int t, List<Finding> findings)
        {
            var e = s[t];
            foreach (var f in findings)
            {
                if (f.RuleId != RuleIds.TermForm && f.Start < e.End && e.Start < f.End)
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] ShapeNamesOf(DocShape[] shapes)
        {
            var names = new string[shapes.Length];
            for (int i = 0; i < shapes.Length; i++)
            {
                names[i] = shapes[i].Name;
            }

            return names;
        }
    }
}
