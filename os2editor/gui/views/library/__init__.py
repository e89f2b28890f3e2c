"""The library page: a folder of descriptions (view.py), its table (table.py), the site order
(site_order.py), find and replace across the folder (find_replace.py), and the questions the
library asks (dialogs.py). They lay out and report; gui/controllers/library.py acts."""
