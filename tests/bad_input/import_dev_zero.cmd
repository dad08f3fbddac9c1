import
/dev/zero
