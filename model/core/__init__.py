"""The database and what every area uses: entities, migrations, audit log, errors,
vocabularies, text folding, formatting, paths, safe files, backups."""
