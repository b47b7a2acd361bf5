"""The built-in site parsers, one small module each; the registry imports them on demand."""
