using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    internal sealed partial class Sentence
    {
        private readonly List<int> _aiContextMarks = new List<int>(4);

        /// <summary>
        /// Marks a misnomer that needs AI context ("foundational model") as AI context for the rest of the sentence:
        /// it is reported, so its fix ("foundation model") will be AI context. A rule reads the sentence as it will be
        /// after its own fixes, so Fix All and fixing one by one give the same text.
        /// </summary>
        public void MarkAiContext(int i) => _aiContextMarks.Add(i);

        public bool IsMarkedAiContext(int i) => _aiContextMarks.Count != 0 && _aiContextMarks.Contains(i);

        private void ClearAiContextMarks() => _aiContextMarks.Clear();

        /// <summary>
        /// Whether the element is a word mentioned in quotation marks ("the term "foundational model""), which the
        /// engine drops and no fix changes; a quoted clause of three or more other words is prose.
        /// </summary>
        public bool IsQuotedLabel(int i)
        {
            var e = _elements[i];
            return Quotes.Encloses(Text, Tokens, _tokenFirst, _tokenEnd, e.Start, e.End) && !Quotes.HoldsClause(Text, Tokens, _tokenFirst, _tokenEnd, e.Start, e.End);
        }
    }
}
