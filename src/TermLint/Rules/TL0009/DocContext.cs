using System.Collections.Generic;
using TermLint.Catalog;

namespace TermLint.Rules
{
    /// <summary>The part of a doc comment a sentence is in: TL0009 reads only the parts that describe the documented thing.</summary>
    internal enum DocPartKind : byte
    {
        /// <summary>Text outside a known part, after a closing tag, or in a part TL0009 does not read (remarks, para, example).</summary>
        Other,
        Summary,
        Value,
        Param,
        Returns,
    }

    /// <summary>Where a part of a doc comment starts in its prose text, what it is, and for a param its name.</summary>
    internal readonly struct DocPart
    {
        public DocPart(int start, DocPartKind kind, string? name)
        {
            Start = start;
            Kind = kind;
            Name = name;
        }

        public int Start { get; }
        public DocPartKind Kind { get; }

        /// <summary>The <c>name</c> attribute of a <c>&lt;param&gt;</c>; null otherwise.</summary>
        public string? Name { get; }
    }

    /// <summary>
    /// What the code says a documented part is about: the model kind of the catalog type it is tied to, and how to
    /// name both in a message. Built by the analyzer from the symbol (Roslyn); the rule only reads it.
    /// </summary>
    internal sealed class DocSubject
    {
        public DocSubject(string name, string relation, KindEntry kind)
        {
            Name = name;
            Relation = relation;
            Kind = kind;
        }

        /// <summary>The documented thing as the reader knows it: "GenerateAsync", "model", "AvatarService".</summary>
        public string Name { get; }

        /// <summary>How it is tied to the catalog type, ready for the message: "is", "implements 'IImageGenerator',".</summary>
        public string Relation { get; }

        public KindEntry Kind { get; }

        /// <summary>Whether calling it an LLM is right (an LLM client, or one that is also an LLM client): TL0009 stays silent.</summary>
        public bool IsLanguage => Kind.IsLanguage == true;
    }

    /// <summary>Resolves the subject of one part of a doc comment; called only when a sentence there has a TL0009 shape.</summary>
    internal interface IDocSubjects
    {
        /// <summary>The subject of a part, or null when the code ties it to no catalog type.</summary>
        DocSubject? SubjectOf(DocPartKind kind, string? name);
    }

    /// <summary>
    /// One doc comment as TL0009 sees it: where its parts start in the prose text, and their subjects, resolved at most
    /// once per part and only when asked. A doc comment without a TL0009 shape never asks, so the analyzer never
    /// binds its declaration.
    /// </summary>
    internal sealed class DocContext
    {
        private readonly IReadOnlyList<DocPart> _parts;
        private readonly IDocSubjects _subjects;
        private DocSubject?[]? _resolved;
        private bool[]? _done;

        public DocContext(IReadOnlyList<DocPart> parts, IDocSubjects subjects)
        {
            _parts = parts;
            _subjects = subjects;
        }

        /// <summary>A doc comment that is one part, whose subject is given (catalog specs, rule cases).</summary>
        public static DocContext Single(DocPartKind kind, DocSubject subject) => new DocContext(new[] { new DocPart(0, kind, null) }, new Fixed(subject));

        public int Count => _parts.Count;

        public DocPart this[int index] => _parts[index];

        /// <summary>The part that holds prose offset <paramref name="offset"/>, or -1 before the first part.</summary>
        public int PartAt(int offset)
        {
            int found = -1;
            for (int i = 0; i < _parts.Count && _parts[i].Start <= offset; i++)
            {
                found = i;
            }

            return found;
        }

        /// <summary>Whether only whitespace stands between the start of the part and <paramref name="offset"/>: the sentence opens the part.</summary>
        public bool OpensPart(string text, int part, int offset)
        {
            for (int i = _parts[part].Start; i < offset; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public DocSubject? SubjectOf(int part)
        {
            _resolved ??= new DocSubject?[_parts.Count];
            _done ??= new bool[_parts.Count];
            if (!_done[part])
            {
                _resolved[part] = _subjects.SubjectOf(_parts[part].Kind, _parts[part].Name);
                _done[part] = true;
            }

            return _resolved[part];
        }

        private sealed class Fixed : IDocSubjects
        {
            private readonly DocSubject _subject;

            public Fixed(DocSubject subject) => _subject = subject;

            public DocSubject? SubjectOf(DocPartKind kind, string? name) => _subject;
        }
    }

    /// <summary>The doc comment a sentence belongs to, set by the engine while it checks a doc comment (else null).</summary>
    internal sealed partial class Sentence
    {
        public DocContext? Doc { get; set; }
    }
}
