namespace TermLint.CodeFixes { internal static class Placeholder { } }
