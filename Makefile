# Shortcuts for those who have make; dev.py needs only Python.
.PHONY: run test messages
run:
	python3 dev.py run
test:
	python3 dev.py test
# Refresh the French and Spanish catalogues after changing interface strings (needs GNU gettext).
messages:
	.venv/bin/python manage.py makemessages -l fr -l es --no-obsolete --ignore=.venv --ignore=var
	.venv/bin/python manage.py compiletranslations
