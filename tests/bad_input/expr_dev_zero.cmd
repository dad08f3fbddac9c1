parse
-
